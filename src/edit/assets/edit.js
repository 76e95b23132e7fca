// The workbench works without this script; it only makes it nicer:
// ids suggested while a title is typed, the next dates of a schedule and
// the Markdown preview shown while typing, and a question before leaving a
// form with unsaved changes.
(function () {
  "use strict";
  var main = document.getElementById("main");
  var token = main ? main.getAttribute("data-token") : "";

  function post(url, data) {
    var body = new URLSearchParams(data);
    body.set("_token", token);
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
      credentials: "same-origin"
    }).then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); });
  }

  function later(fn, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }

  // Ids from titles, the German way (ä -> ae), as `quartier` suggests them.
  function suggest(s) {
    return s.toLowerCase()
      .replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss")
      .normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }
  document.querySelectorAll("[data-suggest-from]").forEach(function (id) {
    var from = document.getElementById(id.getAttribute("data-suggest-from"));
    if (!from) return;
    var touched = id.value !== "";
    id.addEventListener("input", function () { touched = id.value !== ""; });
    from.addEventListener("input", function () {
      if (!touched) id.placeholder = suggest(from.value);
    });
    if (!touched) id.placeholder = suggest(from.value);
  });

  // The next dates of the schedule, as the site will show them.
  var sched = document.querySelector("[data-next-dates]");
  if (sched) {
    var out = document.getElementById(sched.getAttribute("data-next-dates"));
    var form = sched.closest("form");
    var update = later(function () {
      var data = new FormData(form);
      var fields = {};
      data.forEach(function (v, k) { if (k.indexOf("schedule.") === 0 && typeof v === "string") fields[k] = v; });
      var params = new URLSearchParams();
      data.forEach(function (v, k) { if (k.indexOf("schedule.") === 0 && typeof v === "string") params.append(k, v); });
      post("/__edit/next-dates", params).then(function (html) { if (out) out.innerHTML = html; }, function () {});
    }, 250);
    sched.addEventListener("input", update);
    sched.addEventListener("change", update);
  }

  // The Markdown preview while typing.
  document.querySelectorAll("textarea[data-markdown-preview]").forEach(function (ta) {
    var target = document.getElementById(ta.getAttribute("data-markdown-preview"));
    if (!target) return;
    ta.addEventListener("input", later(function () {
      post("/__edit/markdown", new URLSearchParams({ text: ta.value }))
        .then(function (html) { target.innerHTML = html; }, function () {});
    }, 300));
  });

  // A question before leaving a form whose changes are not saved.
  document.querySelectorAll("form.facts, .target form").forEach(function (f) {
    var dirty = false;
    f.addEventListener("input", function () { dirty = true; });
    f.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (e) {
      if (dirty) { e.preventDefault(); e.returnValue = ""; }
    });
  });
})();
