// albo: small progressive enhancements. The pages work without this script;
// the Content-Security-Policy allows no other script and no inline code.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // "/" focuses the search box, as on many search sites.
  var q = document.getElementById("q");
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && q && document.activeElement !== q) {
      e.preventDefault();
      q.focus();
    }
  });
  // On a phone the facets wait behind their button, so the results come
  // first; wider screens show them beside the results.
  var fold = document.getElementById("facets-fold");
  if (fold && window.matchMedia("(max-width: 50rem)").matches) {
    fold.open = false;
  }
  // Choosing a revision shows it at once.
  document.querySelectorAll("select.autosubmit").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
  // Filters live in the URL: offer to copy it, to share the search.
  document.querySelectorAll("button.copy-link").forEach(function (b) {
    if (!navigator.clipboard) { return; }
    b.hidden = false;
    b.addEventListener("click", function () {
      navigator.clipboard.writeText(location.href).then(function () { b.textContent = "Link copiato"; });
    });
  });
});
