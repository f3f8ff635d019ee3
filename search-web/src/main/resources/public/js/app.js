// secsearch progressive enhancements. Every page works without this file; with it, ticking a facet applies
// it at once, trees fold, long facet lists filter as you type, links copy, and a document's hits can be stepped
// through with buttons or the n / p keys. No inline script anywhere (the CSP forbids it).
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function onReady(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  // Facet forms: a ticked or unticked checkbox submits its form (the server redirects to the canonical URL).
  function facetForms() {
    document.querySelectorAll(".facet-form").forEach(function (form) {
      form.addEventListener("change", function (e) {
        if (e.target.matches("input[type=checkbox]")) form.submit();
      });
    });
  }

  // Trees: nodes that hold no selection start folded; a disclosure button opens and closes them.
  function trees() {
    document.querySelectorAll(".node").forEach(function (node) {
      var button = node.querySelector(":scope > .row > .twisty");
      var children = node.querySelector(":scope > .children");
      if (!button || !children) return;
      button.hidden = false;
      var open = node.dataset.open === "true";
      setOpen(button, children, open);
      button.addEventListener("click", function () {
        setOpen(button, children, button.getAttribute("aria-expanded") !== "true");
      });
    });
  }

  function setOpen(button, children, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    children.hidden = !open;
  }

  // Long facet lists: a filter box narrows the visible values (and opens "show more" while typing).
  function facetFilters() {
    document.querySelectorAll(".facet-filter").forEach(function (input) {
      input.hidden = false;
      var form = input.form;
      input.addEventListener("keydown", function (e) {
        if (e.key === "Enter") e.preventDefault(); // typing filters; it must not submit the facet form
      });
      input.addEventListener("input", function () {
        var needle = input.value.trim().toLowerCase();
        var more = form.querySelector("details.more");
        if (more && needle) more.open = true;
        form.querySelectorAll(".values > .node").forEach(function (node) {
          var labels = node.querySelectorAll(".label");
          var text = Array.prototype.map.call(labels, function (l) { return l.textContent; }).join(" ").toLowerCase();
          node.hidden = needle !== "" && text.indexOf(needle) < 0;
        });
      });
    });
  }

  // Copy link: the canonical URL of this search, absolute.
  function copyLinks() {
    document.querySelectorAll(".copy-link").forEach(function (button) {
      button.hidden = false;
      var status = document.querySelector(".copied");
      button.addEventListener("click", function () {
        var url = new URL(button.dataset.href, window.location.href).href;
        var done = function () { if (status) status.textContent = "Link copied"; };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(url).then(done, function () { fallbackCopy(url, done); });
        } else {
          fallbackCopy(url, done);
        }
      });
    });
  }

  function fallbackCopy(text, done) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "sr-only";
    document.body.appendChild(area);
    area.select();
    try { if (document.execCommand("copy")) done(); } finally { area.remove(); }
  }

  // Document page: previous / next match, with buttons and the n / p keys.
  function hitNavigation() {
    var text = document.querySelector(".fulltext");
    var marks = text ? text.querySelectorAll("mark[id^=hit-]") : [];
    if (!marks.length) return;
    var prev = document.querySelector(".prev-hit"), next = document.querySelector(".next-hit");
    var pos = document.querySelector(".hitpos");
    var total = marks.length, current = -1;
    var query = pos ? pos.dataset.query : "";
    prev.hidden = false;
    next.hidden = false;

    function go(i) {
      if (current >= 0) marks[current].classList.remove("current");
      current = (i + total) % total;
      var m = marks[current];
      m.classList.add("current");
      m.scrollIntoView({ block: "center" });
      m.focus({ preventScroll: true });
      if (pos) pos.textContent = "Match " + (current + 1) + " of " + total + " for “" + query + "”";
      history.replaceState(null, "", "#" + m.id);
    }
    next.addEventListener("click", function () { go(current + 1); });
    prev.addEventListener("click", function () { go(current - 1); });
    document.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === "n") { e.preventDefault(); go(current + 1); }
      if (e.key === "p") { e.preventDefault(); go(current - 1); }
    });
    var start = /^#hit-(\d+)$/.exec(window.location.hash);
    if (start) go(parseInt(start[1], 10) - 1);
  }

  // "/" jumps to the search box, as in most search tools.
  function slashFocusesSearch() {
    document.addEventListener("keydown", function (e) {
      if (e.key !== "/" || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      var q = document.getElementById("q");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    });
  }

  function isTyping(el) {
    return el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
  }

  onReady(function () {
    facetForms();
    trees();
    facetFilters();
    copyLinks();
    hitNavigation();
    slashFocusesSearch();
  });
})();
