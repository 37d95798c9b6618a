// Enhancements only: every page works without this file.
(function () {
  "use strict";
  // Compare: pointing at (or focusing) one side of a shared pair lights up both sides.
  document.querySelectorAll("tr[data-pair]").forEach(function (row) {
    if (!row.dataset.pair) return;
    var on = function () { row.classList.add("linked"); };
    var off = function () { row.classList.remove("linked"); };
    row.addEventListener("mouseenter", on);
    row.addEventListener("mouseleave", off);
    row.addEventListener("focusin", on);
    row.addEventListener("focusout", off);
  });
  // Job page: follow progress without reloading the whole page.
  var job = document.querySelector("[data-job]");
  if (job && (job.dataset.status === "queued" || job.dataset.status === "running")) {
    var meta = document.querySelector('meta[http-equiv="refresh"]');
    if (meta) meta.remove();
    var poll = function () {
      fetch("/api/jobs/" + job.dataset.job, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (data) {
          var bar = job.querySelector("progress");
          bar.max = data.total || 1;
          bar.value = data.done;
          job.querySelector(".done").textContent = data.done;
          job.querySelector(".status").textContent = data.status;
          if (data.status === "queued" || data.status === "running") {
            setTimeout(poll, 1000);
          } else {
            window.location.reload();
          }
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 1000);
  }
})();
