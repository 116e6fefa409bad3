// Draws the builder's twelve-month trend from the canvas's data attributes; the same figures are in
// the table under it, so the page says everything without this script.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('fabric-trend');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const series = (name) => canvas.dataset[name].split('|').map((v) => (v === '' ? null : Number(v)));
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: canvas.dataset.labels.split('|'),
      datasets: [
        { label: canvas.dataset.connectedName, data: series('connected'), borderColor: '#2d004b', backgroundColor: '#2d004b', borderWidth: 3, spanGaps: false },
        { label: canvas.dataset.bridgingName, data: series('bridging'), borderColor: '#b35806', backgroundColor: '#b35806', borderWidth: 3, borderDash: [8, 4], spanGaps: false },
      ],
    },
    options: {
      animation: false,
      scales: { y: { min: 0, max: 100, ticks: { callback: (v) => v + '%' } } },
      plugins: { legend: { labels: { font: { size: 16 } } } },
    },
  });
});
