// eventwire dashboard: open an event's evidence row from the events tables.
"use strict";
(function () {
  function toggle(body, open) {
    const button = body.querySelector("button.toggle");
    const detail = body.querySelector("tr.evidence");
    if (!button || !detail) return;
    const show = open === undefined ? detail.hidden : open;
    detail.hidden = !show;
    button.setAttribute("aria-expanded", String(show));
    body.classList.toggle("open", show);
  }

  document.addEventListener("click", function (event) {
    const target = event.target;
    if (!(target instanceof Element)) return;
    // Links inside a row keep their meaning; anywhere else on the row opens its evidence.
    if (target.closest("a")) return;
    const row = target.closest("tbody.event > tr.row");
    if (row) toggle(row.parentElement);
  });

  // /events#ev-<id> or a link from elsewhere opens that event at once.
  function openFromHash() {
    if (!location.hash.startsWith("#ev-")) return;
    const detail = document.getElementById(location.hash.slice(1));
    if (detail && detail.closest("tbody.event")) toggle(detail.closest("tbody.event"), true);
  }
  window.addEventListener("hashchange", openFromHash);
  document.addEventListener("DOMContentLoaded", openFromHash);

  // On an article, pointing at a marked sentence lights up its coding, and the reverse.
  document.addEventListener("DOMContentLoaded", function () {
    const marks = document.querySelectorAll("mark.ev[data-events]");
    function light(ids, on) {
      ids.forEach(function (id) {
        const card = document.getElementById("ev-" + id);
        if (card) card.classList.toggle("lit", on);
        document.querySelectorAll('mark.ev[data-events~="' + CSS.escape(id) + '"]').forEach(function (m) {
          m.classList.toggle("lit", on);
        });
      });
    }
    marks.forEach(function (mark) {
      const ids = mark.dataset.events.split(" ");
      mark.addEventListener("mouseenter", function () { light(ids, true); });
      mark.addEventListener("mouseleave", function () { light(ids, false); });
      mark.addEventListener("click", function () {
        const card = document.getElementById("ev-" + ids[0]);
        if (card) card.scrollIntoView({ behavior: "smooth", block: "nearest" });
      });
    });
    document.querySelectorAll(".coding-card[data-event]").forEach(function (card) {
      const ids = [card.dataset.event];
      card.addEventListener("mouseenter", function () { light(ids, true); });
      card.addEventListener("mouseleave", function () { light(ids, false); });
    });
  });
})();
