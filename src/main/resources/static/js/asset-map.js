// Draws an asset map with Leaflet from the data the page carries: the area's own outline, a circle
// per part (sized by how many people there share something), the meeting places and the services. No tiles unless a
// tile URL is configured: our own geometry on a plain background works offline. The list below
// the map says the same in words, so the map is an extra, never the only way.
(function () {
  "use strict";
  var element = document.getElementById("asset-map");
  if (!element || typeof L === "undefined") {
    return;
  }
  var data = JSON.parse(element.dataset.map);
  element.classList.add("is-drawn");
  var map = L.map(element, { zoomControl: false, attributionControl: Boolean(data.tileUrl), scrollWheelZoom: false });
  L.control.zoom({ zoomInTitle: data.zoomIn, zoomOutTitle: data.zoomOut }).addTo(map);
  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, { attribution: data.tileAttribution, maxZoom: 19 }).addTo(map);
  }
  var drawn = L.featureGroup().addTo(map);
  var outlineStyle = { color: "#1d4f91", weight: 2, fillOpacity: 0.04, interactive: false };
  if (data.outline) {
    L.geoJSON(JSON.parse(data.outline), { style: outlineStyle }).addTo(drawn);
  }
  // A part's circle grows with its people; places and services are fixed dots of their own colour.
  var LOOKS = {
    part: { color: "#0b6e4f", fill: "#2fa37a" },
    place: { color: "#4b2a7a", fill: "#8e6cc4", radius: 8 },
    service: { color: "#7a3e00", fill: "#f0a04b", radius: 6 },
  };
  var most = Math.max.apply(null, data.points.map(function (p) { return p.people; }).concat([1]));
  data.points.forEach(function (point) {
    if (point.outline) {
      L.geoJSON(JSON.parse(point.outline), { style: outlineStyle }).addTo(drawn);
    }
    var look = LOOKS[point.kind] || LOOKS.part;
    var marker = L.circleMarker([point.lat, point.lon], {
      radius: point.kind === "part" ? 4 + 9 * Math.sqrt(point.people / most) : look.radius,
      color: look.color,
      fillColor: look.fill,
      fillOpacity: 0.6,
      weight: 2,
    }).addTo(drawn);
    marker.bindTooltip(point.label);
    if (point.href) {
      marker.on("click", function () { window.location.href = point.href; });
    }
  });
  if (drawn.getLayers().length > 0) {
    map.fitBounds(drawn.getBounds(), { padding: [24, 24], maxZoom: 18 });
  } else {
    element.hidden = true;
  }
})();
