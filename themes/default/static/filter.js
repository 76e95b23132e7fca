/* Quartier: narrows the list of offerings in place and keeps the choice in
   the address (?district=…&day=tue&day=thu…), so it can be shared. Cards
   carry their facets as data- attributes; a filtered facet must share one of
   the chosen values. No framework; without JavaScript the form stays hidden
   and the links to the pages per district, kind and audience do the job. */
(function (g) {
  'use strict';
  var KEYS = ['district', 'category', 'audience', 'spoken', 'day', 'time', 'childcare', 'cost'];

  /* "?day=tue&day=thu&x=1" -> {day: ["tue", "thu"]}: known keys only. */
  function parse(query) {
    var f = {};
    new URLSearchParams(query).forEach(function (v, k) {
      if (KEYS.indexOf(k) < 0 || !v) return;
      f[k] = f[k] || [];
      if (f[k].indexOf(v) < 0) f[k].push(v);
    });
    return f;
  }

  /* The reverse, keys in a fixed order; "" when nothing is chosen. */
  function serialize(f) {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) {
      (f[k] || []).forEach(function (v) { p.append(k, v); });
    });
    var s = p.toString();
    return s ? '?' + s : '';
  }

  /* Whether facets ({day: "tue thu", …}) pass filter f: every chosen key
     shares a value (values of one key are alternatives, keys all apply). */
  function matches(facets, f) {
    return KEYS.every(function (k) {
      var want = f[k];
      if (!want || !want.length) return true;
      var have = (facets[k] || '').split(' ');
      return want.some(function (v) { return have.indexOf(v) >= 0; });
    });
  }

  /* "{n} offerings" in the right plural form of lang. */
  function plural(patterns, n, lang) {
    var c = patterns['=' + n] || patterns[new Intl.PluralRules(lang).select(n)];
    return (c || patterns.other || '{n}').replace('{n}', String(n));
  }

  g.quartierFilter = { KEYS: KEYS, parse: parse, serialize: serialize, matches: matches, plural: plural };
  if (typeof document === 'undefined') return;
  var form = document.getElementById('filters');
  if (!form) return;
  var cards = [].slice.call(document.querySelectorAll('#offering-list > li'));
  var heading = document.getElementById('list-heading');
  var status = document.getElementById('filter-status');
  var none = document.getElementById('filter-none');
  var browse = document.getElementById('browse');
  var patterns = JSON.parse(form.getAttribute('data-count'));
  var lang = document.documentElement.lang;

  function read() {
    var f = {};
    new FormData(form).forEach(function (v, k) {
      if (v) (f[k] = f[k] || []).push(v);
    });
    return f;
  }
  function write(f) {
    [].forEach.call(form.elements, function (el) {
      var vals = f[el.name] || [];
      if (el.type === 'checkbox') el.checked = vals.indexOf(el.value) >= 0;
      else if (el.tagName === 'SELECT') {
        el.value = vals[0] || '';
        if (el.selectedIndex < 0) el.value = '';
      }
    });
  }
  /* Shows the count in the list's heading; announces it (the status
     element) when the reader changed the choice, not when the page loads. */
  function apply(announce) {
    var f = read();
    var n = 0;
    cards.forEach(function (c) {
      var ok = matches(c.dataset, f);
      c.hidden = !ok;
      if (ok) n++;
    });
    var count = plural(patterns, n, lang);
    heading.textContent = count;
    if (announce === true) status.textContent = count;
    none.hidden = n > 0;
    history.replaceState(null, '', location.pathname + serialize(f) + location.hash);
  }
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(true); });
  form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
  var chosen = parse(location.search);
  write(chosen);
  /* A shared address with a filter opens the folded form. */
  var fold = document.getElementById('filter-fold');
  if (fold && Object.keys(chosen).length) fold.open = true;
  form.hidden = false;
  if (browse) browse.hidden = true;
  apply();
})(this);
