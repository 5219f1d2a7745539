// Draws a campaign's charts from the figures the page carries as JSON (no inline script: the CSP forbids it).
(function () {
  'use strict';
  var source = document.getElementById('chart-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var colours = ['#b71c1c', '#1565c0', '#2e7d32', '#f9a825', '#6a1b9a', '#00838f', '#4e342e'];

  function bar(id, figures, label) {
    var canvas = document.getElementById(id);
    var names = Object.keys(figures);
    canvas.dataset.points = String(names.length);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: names.map(function (name) { return name.length > 34 ? name.slice(0, 32) + '…' : name; }),
        datasets: [{label: label, data: names.map(function (name) { return figures[name]; }), backgroundColor: colours}]
      },
      options: {animation: false, indexAxis: 'y', plugins: {legend: {display: false}},
        scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}
    });
  }

  bar('chart-fields', data.byField, 'Số mô hình');
  bar('chart-communes', data.byCommune, 'Số mô hình');
  bar('chart-recognitions', data.recognitions, 'Số mô hình được công nhận');
  var units = document.getElementById('chart-units');
  units.dataset.points = '2';
  new Chart(units, {
    type: 'doughnut',
    data: {
      labels: ['Đã có mô hình', 'Chưa có mô hình'],
      datasets: [{data: [data.units.withModel, data.units.missing], backgroundColor: ['#2e7d32', '#b71c1c']}]
    },
    options: {animation: false}
  });
  document.body.dataset.chartsReady = 'true';
})();
