/* Background task state (see samen/core/taken.py and samen/taak_status.html).
 *
 * Every element with data-taak-status-url and data-taak-afgelopen="false" is polled: the JSON
 * endpoint returns {status, label, afgelopen, fout}. The label is updated in place
 * ([data-taak-label]); once the task has finished the page reloads, so the server renders the
 * final state (the download link, or the reason it failed). Polling slows down from 1.5 s to
 * 10 s and stops on a network error, leaving the plain "Vernieuwen" link. No inline handlers:
 * CSP-clean. Loaded once per page even if the partial is included several times.
 */
(function () {
  "use strict";
  if (window.samenTaak) { return; }
  window.samenTaak = true;

  function volg(el) {
    var url = el.getAttribute("data-taak-status-url");
    var wacht = 1500;
    var label = el.querySelector("[data-taak-label]");
    function vraag() {
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
        .then(function (taak) {
          if (label && label.textContent !== taak.label) { label.textContent = taak.label; }
          if (taak.afgelopen) {
            el.setAttribute("data-taak-afgelopen", "true");
            window.location.reload();
            return;
          }
          wacht = Math.min(wacht * 1.5, 10000);
          window.setTimeout(vraag, wacht);
        })
        .catch(function () { /* leave the Vernieuwen link */ });
    }
    window.setTimeout(vraag, wacht);
  }

  function start() {
    var lijst = document.querySelectorAll("[data-taak-status-url][data-taak-afgelopen='false']");
    for (var i = 0; i < lijst.length; i++) { volg(lijst[i]); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
