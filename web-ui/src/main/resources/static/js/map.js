'use strict';

// The public map: published models from the search read model, refreshed as the viewport moves.
(function () {
  const VIETNAM = L.latLngBounds([8.2, 102.1], [23.4, 109.5]);
  const container = document.getElementById('map');
  const status = document.getElementById('map-status');
  const fieldFilter = document.getElementById('field-filter');

  const map = L.map(container, { zoomSnap: 0.5 });
  map.fitBounds(VIETNAM);

  const tileUrl = container.dataset.tileUrl;
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: container.dataset.tileAttribution || '' }).addTo(map);
  }

  // Outlines come from our own data, so the map reads as Viet Nam even where no tile server is reachable.
  const DETAILED_FROM_ZOOM = 8;
  const COMMUNES_FROM_ZOOM = 10;
  const provinces = L.geoJSON(null, { style: provinceStyle, onEachFeature: describeProvince }).addTo(map);
  const communes = L.geoJSON(null, {
    style: { color: '#7a8691', weight: 0.6, fill: false, interactive: false },
  }).addTo(map);
  let provinceScale = null;
  let countsByProvince = {};

  const markers = L.layerGroup().addTo(map);
  // Markers are kept by model id across refreshes: opening a popup pans the map, and rebuilding every marker on
  // that pan would close the popup the person just opened.
  const shown = new Map();
  let pending = null;

  function shade(count) {
    if (!count) return '#f4f1ea';
    if (count < 2) return '#f6d7c3';
    if (count < 5) return '#eea98a';
    if (count < 10) return '#d9694b';
    return '#a8321f';
  }

  function provinceStyle(feature) {
    return {
      color: '#5f6b76',
      weight: 1,
      fillColor: shade(countsByProvince[feature.properties.code]),
      fillOpacity: 0.75,
    };
  }

  function describeProvince(feature, layer) {
    layer.bindTooltip(() => feature.properties.fullName + ': '
      + (countsByProvince[feature.properties.code] || 0) + ' mô hình', { sticky: true });
    layer.on('click', () => map.fitBounds(layer.getBounds()));
  }

  function getJson(url, signal) {
    return fetch(url, { signal, headers: { Accept: 'application/json, application/geo+json' } })
      .then((response) => response.ok
        ? response.json()
        : response.json().catch(() => ({})).then((problem) => Promise.reject(new Error(problem.detail
          || 'Không tải được dữ liệu bản đồ.'))));
  }

  function loadProvinces() {
    const scale = map.getZoom() >= DETAILED_FROM_ZOOM ? 'detailed' : 'coarse';
    if (scale === provinceScale) return;
    provinceScale = scale;
    getJson('/api/places/provinces?zoom=' + Math.round(map.getZoom())).then((outlines) => {
      provinces.clearLayers();
      provinces.addData(outlines);
    }).catch((error) => { status.textContent = error.message; });
  }

  function loadCounts() {
    const params = new URLSearchParams({ level: 'PROVINCE' });
    if (fieldFilter.value) params.set('field', fieldFilter.value);
    getJson('/api/map/counts?' + params).then((answer) => {
      countsByProvince = answer.counts;
      provinces.setStyle(provinceStyle);
    }).catch(() => { /* The markers' own request reports search being down. */ });
  }

  function loadCommunes() {
    if (map.getZoom() < COMMUNES_FROM_ZOOM) {
      communes.clearLayers();
      return;
    }
    const params = new URLSearchParams({ bbox: viewport(), zoom: Math.round(map.getZoom()) });
    getJson('/api/places/communes?' + params).then((outlines) => {
      communes.clearLayers();
      communes.addData(outlines);
    }).catch((error) => { status.textContent = error.message; });
  }

  function popupContent(feature) {
    const p = feature.properties;
    const box = document.createElement('div');
    box.className = 'marker-popup';
    const title = document.createElement('a');
    title.className = 'model-link';
    title.href = p.url;
    title.textContent = p.name;
    const place = document.createElement('p');
    place.textContent = p.commune + ', ' + p.province;
    const field = document.createElement('p');
    field.className = 'marker-field';
    field.textContent = p.fieldLabel;
    box.append(title, place, field);
    return box;
  }

  function show(collection) {
    const wanted = new Set(collection.features.map((feature) => feature.id));
    shown.forEach((marker, id) => {
      if (!wanted.has(id)) {
        markers.removeLayer(marker);
        shown.delete(id);
      }
    });
    collection.features.forEach((feature) => {
      if (shown.has(feature.id)) {
        return;
      }
      const [lon, lat] = feature.geometry.coordinates;
      const marker = L.marker([lat, lon], { title: feature.properties.name, alt: feature.properties.name })
        .bindPopup(popupContent(feature))
        .addTo(markers);
      shown.set(feature.id, marker);
    });
    status.textContent = collection.truncated
      ? 'Đang hiển thị ' + collection.features.length + ' trên ' + collection.total + ' mô hình; phóng to để xem thêm.'
      : collection.total + ' mô hình trong vùng đang xem.';
  }

  // Zoomed far out or panned across the antimeridian, Leaflet's bounds leave the valid range; the API refuses those.
  function viewport() {
    const b = map.getBounds();
    const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .join(',');
  }

  function load() {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    const params = new URLSearchParams({ bbox: viewport() });
    if (fieldFilter.value) {
      params.set('field', fieldFilter.value);
    }
    getJson('/api/map/markers?' + params, pending.signal)
      .then(show)
      .catch((error) => {
        if (error.name !== 'AbortError') {
          status.textContent = error.message;
        }
      });
  }

  map.on('moveend', () => {
    load();
    loadProvinces();
    loadCommunes();
  });
  fieldFilter.addEventListener('change', () => {
    load();
    loadCounts();
  });
  load();
  loadProvinces();
  loadCounts();
}());
