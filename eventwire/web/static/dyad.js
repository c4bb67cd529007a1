// eventwire dyad page: draws the page's own data (the JSON in #dyad-data) with Chart.js.
"use strict";
(function () {
  const source = document.getElementById("dyad-data");
  if (!source || typeof Chart === "undefined") return;
  const dyad = JSON.parse(source.textContent);
  const chart = dyad.chart;
  if (!chart.periods.length) return;

  const QUADS = [
    ["verbal_cooperation", "Verbal cooperation", "#7fbf7b"],
    ["material_cooperation", "Material cooperation", "#1b7837"],
    ["verbal_conflict", "Verbal conflict", "#f4a582"],
    ["material_conflict", "Material conflict", "#b2182b"],
  ];
  const DIRECTION_COLOURS = ["#2166ac", "#762a83"];

  Chart.defaults.animation = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = "#444";

  new Chart(document.getElementById("quad-chart"), {
    type: "bar",
    data: {
      labels: chart.periods,
      datasets: QUADS.map(function (q) {
        return { label: q[1], data: chart.counts[q[0]], backgroundColor: q[2] };
      }),
    },
    options: {
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom" } },
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } },
      },
    },
  });

  const lines = [{
    label: "Both directions",
    data: chart.goldstein_mean,
    borderColor: "#222",
    backgroundColor: "#222",
    borderWidth: 2,
    spanGaps: true,
  }];
  Object.keys(chart.directions).forEach(function (name, i) {
    lines.push({
      label: name.replace("->", " → "),
      data: chart.directions[name].goldstein_mean,
      borderColor: DIRECTION_COLOURS[i % 2],
      backgroundColor: DIRECTION_COLOURS[i % 2],
      borderDash: [5, 4],
      borderWidth: 1.5,
      spanGaps: true,
    });
  });
  new Chart(document.getElementById("goldstein-chart"), {
    type: "line",
    data: { labels: chart.periods, datasets: lines },
    options: {
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom", labels: { usePointStyle: true } } },
      scales: { y: { min: -10, max: 10, title: { display: true, text: "Goldstein" } } },
    },
  });
})();
