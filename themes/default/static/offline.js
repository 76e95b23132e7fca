// Reading offline: registers the site's service worker (sw.js, at the root
// of the site beside this file) and asks it to keep the pages of this
// page's language. Without service workers nothing happens; every page
// works without this script.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var me = document.currentScript;
  if (!me || !me.src) return;
  var lang = me.getAttribute('data-lang');
  var worker = new URL('sw.js', me.src);
  var scope = new URL('./', me.src).pathname;
  navigator.serviceWorker.register(worker.href, { scope: scope }).then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (reg) {
    if (lang && reg.active) reg.active.postMessage({ keep: lang });
  }).catch(function () {});
})();
