/* Quartier: passing a page on. Without JavaScript the page has links for
   WhatsApp, Telegram, SMS and e-mail and the page's address in a field to
   copy by hand. With it, a "Copy link" button, and where the browser can
   share (Android, iOS), a "Share…" button that opens the phone's own list
   of apps. Nothing here talks to another host. */
(function () {
  'use strict';
  var field = document.getElementById('share-url');
  if (!field) return;
  var box = field.parentNode;
  function button(label, act) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'share-button';
    b.textContent = label;
    b.addEventListener('click', act);
    box.appendChild(b);
    return b;
  }
  var status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = 'share-status';
  if (navigator.share) {
    button(field.dataset.share, function () {
      navigator.share({ title: field.dataset.title, text: field.dataset.title, url: field.value })
        .catch(function () {});
    });
  }
  button(field.dataset.copy, function () {
    function done() { status.textContent = field.dataset.copied; }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(done, function () {
        field.select();
      });
    } else {
      field.select();
      try { if (document.execCommand('copy')) done(); } catch (e) { /* selected: copy by hand */ }
    }
  });
  box.appendChild(status);
  field.addEventListener('focus', function () { field.select(); });
}());
