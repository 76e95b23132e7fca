/* Quartier: search in the reader's language. The index (/<lang>/search-index.json,
   built with the site) is fetched on the first search only. Query and index
   are folded alike (see normalise in src/render/search.rs), so "isik" finds
   "Işık", "strasse" "Straße", "الالمانيه" "الألمانية" and "елка" "Ёлка". */
(function (g) {
  'use strict';
  var MAP = { 'ı': 'i', 'ß': 'ss', 'ς': 'σ', 'ٱ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ة': 'ه' };

  function normalise(s) {
    return s.toLowerCase().normalize('NFKD').toLowerCase()
      .replace(/\p{M}/gu, '')
      .replace(/[\u200c\u200d\u00ad\u0640]/g, '')
      .replace(/[ıßςٱىیکة]/g, function (c) { return MAP[c]; })
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, function (c) { return String(c.charCodeAt(0) % 16); })
      .replace(/[^\p{Alphabetic}\p{N}]+/gu, ' ')
      .trim();
  }

  /* Entries whose text has every word of the query (as a part of a word);
     those with every word in the title first, otherwise in index order. */
  function search(docs, query) {
    var words = normalise(query).split(' ').filter(Boolean);
    if (!words.length) return [];
    var has = function (text) {
      return words.every(function (w) { return text.indexOf(w) >= 0; });
    };
    var hits = [];
    docs.forEach(function (d, i) {
      if (has(d.x)) hits.push({ d: d, r: has(normalise(d.t)) ? 0 : 1, i: i });
    });
    hits.sort(function (a, b) { return a.r - b.r || a.i - b.i; });
    return hits.map(function (h) { return h.d; });
  }

  function plural(patterns, n, lang) {
    var c = patterns['=' + n] || patterns[new Intl.PluralRules(lang).select(n)];
    return (c || patterns.other || '{n}').replace('{n}', String(n));
  }

  g.quartierSearch = { normalise: normalise, search: search, plural: plural };
  if (typeof document === 'undefined') return;
  var form = document.getElementById('search');
  if (!form) return;
  var input = form.elements.q;
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var none = document.getElementById('search-none');
  var base = form.getAttribute('data-base');
  var patterns = JSON.parse(form.getAttribute('data-count'));
  var lang = document.documentElement.lang;
  var loading = null;
  var timer = 0;

  function load() {
    loading = loading || fetch(form.getAttribute('data-index'))
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (j) { return j.docs; });
    return loading;
  }
  function el(tag, text, parent) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }
  function show(hits) {
    list.textContent = '';
    hits.slice(0, 50).forEach(function (d) {
      var li = el('li', '', list);
      if (d.l) { li.lang = d.l; li.dir = 'auto'; }
      var a = el('a', d.t, el('h2', '', li));
      a.href = base + d.u;
      if (d.s) el('p', d.s, li);
      if (d.d) el('p', d.d, li).className = 'result-where';
    });
    status.textContent = plural(patterns, hits.length, lang);
    none.hidden = hits.length > 0;
  }
  function run() {
    var q = input.value;
    history.replaceState(null, '', location.pathname + (q.trim() ? '?q=' + encodeURIComponent(q) : ''));
    if (!normalise(q)) {
      list.textContent = '';
      status.textContent = '';
      none.hidden = true;
      return;
    }
    load().then(function (docs) {
      if (input.value === q) show(search(docs, q));
    }, function () {
      loading = null;
      none.hidden = false;
    });
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
  form.hidden = false;
  document.getElementById('search-nojs').hidden = true;
  var q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    run();
  }
})(this);
