// Entity page: the timeline chart and the co-mention network, from data attributes.
(function () {
  'use strict';
  var canvas = document.getElementById('timeline');
  if (canvas && window.Chart) {
    var t = JSON.parse(canvas.getAttribute('data-timeline'));
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: t.labels,
        datasets: [
          { label: 'Articles', data: t.mentions, backgroundColor: '#1f5fa8' },
          { label: 'Events', data: t.events, backgroundColor: '#b34700' }
        ]
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  }
  var box = document.getElementById('network');
  if (box && window.cytoscape) {
    var g = JSON.parse(box.getAttribute('data-graph'));
    var elements = g.nodes.map(function (n) { return { data: n }; })
      .concat(g.edges.map(function (e) { return { data: e }; }));
    var cy = window.cytoscape({
      container: box,
      elements: elements,
      layout: { name: 'concentric', concentric: function (n) { return n.data('centre') ? 2 : 1; },
        levelWidth: function () { return 1; }, animate: false },
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'background-color': '#1f5fa8',
          'color': '#111', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'node[?centre]', style: { 'background-color': '#b34700', 'width': 40,
          'height': 40 } },
        { selector: 'edge', style: { 'width': 'mapData(weight, 1, 20, 1, 8)',
          'line-color': '#8a99a8' } }
      ],
      userZoomingEnabled: false
    });
    cy.on('tap', 'node', function (evt) {
      var url = evt.target.data('url');
      if (url && !evt.target.data('centre')) {
        window.location.assign(url);
      }
    });
    window.newsgraphNetwork = cy;
  }
})();
