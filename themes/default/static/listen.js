/* Quartier: "Read aloud" with the phone's own voice, on pages whose text
   has no recording. The button is in the page, hidden; it is shown only
   when the browser has a voice of the page's language, and it reads the
   page's title (`h1`) and the elements marked `data-read` (when, where,
   summary) in order.
   Without JavaScript, or without such a voice, nothing shows.

   Never a voice of another language: Android lists languages whose voices
   are not installed, and a browser that does not find the asked language
   reads with its default voice (English words read out of Arabic letters).
   So a voice is taken only when its own `lang` has the page's language
   (primary subtag, after the aliases below), a voice on the phone
   (`localService`) before a network one; the utterance gets that voice
   and its `lang`; and an error saying the language or voice is not there
   stops the reading and hides the button for good. */
(function () {
  'use strict';
  var box = document.getElementById('read-aloud');
  var synth = window.speechSynthesis;
  if (!box || !synth || typeof window.SpeechSynthesisUtterance !== 'function') return;
  var button = box.querySelector('button');
  var label = box.querySelector('.read-aloud-label');
  var start = label.textContent;
  // Page languages whose voices are listed under another code: Dari
  // (prs, fa-AF) is read by Persian voices; `de-x-simple` by German ones
  // (the primary subtag does that); old codes of Hebrew and Indonesian.
  var alias = { prs: 'fa', pes: 'fa', iw: 'he', 'in': 'id', kmr: 'ku', nb: 'no', nn: 'no' };
  function primary(tag) {
    var p = String(tag || '').toLowerCase().split(/[-_]/)[0];
    return alias[p] || p;
  }
  var want = primary(document.documentElement.lang);
  var voice = null;
  var gone = false;
  var queue = [];
  var reading = false;

  function find() {
    var mine = synth.getVoices().filter(function (v) { return primary(v.lang) === want; });
    var local = mine.filter(function (v) { return v.localService; });
    return local[0] || mine[0] || null;
  }
  // The theme's speaker pictogram, drawn here: the button is seen only
  // with this script, so the pages do not carry it.
  var ICON = '<span class="icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><path d="M11 5 6 9H2v6h4l5 4z"/><path d="M15.5 8.5a5 5 0 0 1 0 7"/><path d="M19 5a10 10 0 0 1 0 14"/></svg></span> ';
  function offer() {
    if (gone || voice) return;
    voice = find();
    if (!voice) return;
    button.insertAdjacentHTML('afterbegin', ICON);
    box.hidden = false;
  }
  function idle() {
    queue = [];
    reading = false;
    label.textContent = start;
  }
  function withdraw() {
    gone = true;
    voice = null;
    synth.cancel();
    idle();
    box.hidden = true;
  }
  function parts() {
    var out = [];
    // The page's title, then what the theme marked (when, where, summary).
    var marked = document.querySelectorAll('h1, [data-read]');
    for (var i = 0; i < marked.length; i++) {
      var s = marked[i].textContent.replace(/\s+/g, ' ').trim();
      if (s) out.push(s);
    }
    return out;
  }
  function next() {
    if (!queue.length) { idle(); return; }
    var u = new window.SpeechSynthesisUtterance(queue.shift());
    u.voice = voice;
    u.lang = voice.lang;
    u.onend = function () { if (queue.length) next(); else idle(); };
    u.onerror = function (e) {
      var why = e && e.error;
      if (why === 'language-unavailable' || why === 'voice-unavailable' || why === 'synthesis-unavailable') {
        withdraw();
      } else if (why !== 'interrupted' && why !== 'canceled') {
        idle();
      }
    };
    synth.speak(u);
  }
  button.addEventListener('click', function () {
    if (!voice) return;
    // Pressed again while reading: stop.
    if (reading) {
      synth.cancel();
      idle();
      return;
    }
    queue = parts();
    if (!queue.length) return;
    reading = true;
    label.textContent = button.getAttribute('data-stop');
    synth.cancel();
    next();
  });
  window.addEventListener('pagehide', function () { synth.cancel(); });
  offer();
  // Voices come in late (Chrome, Android): look again when they change.
  if (synth.addEventListener) synth.addEventListener('voiceschanged', offer);
  else synth.onvoiceschanged = offer;
}());
