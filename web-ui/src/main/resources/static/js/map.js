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

  const markers = L.layerGroup().addTo(map);
  let pending = null;

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
    markers.clearLayers();
    collection.features.forEach((feature) => {
      const [lon, lat] = feature.geometry.coordinates;
      L.marker([lat, lon], { title: feature.properties.name, alt: feature.properties.name })
        .bindPopup(popupContent(feature))
        .addTo(markers);
    });
    status.textContent = collection.truncated
      ? 'Đang hiển thị ' + collection.features.length + ' trên ' + collection.total + ' mô hình; phóng to để xem thêm.'
      : collection.total + ' mô hình trong vùng đang xem.';
    container.dataset.loaded = String(collection.features.length);
  }

  function load() {
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    const params = new URLSearchParams({ bbox: map.getBounds().toBBoxString() });
    if (fieldFilter.value) {
      params.set('field', fieldFilter.value);
    }
    fetch('/api/map/markers?' + params, { signal: pending.signal, headers: { Accept: 'application/geo+json' } })
      .then((response) => response.ok
        ? response.json()
        : response.json().catch(() => ({})).then((problem) => Promise.reject(new Error(problem.detail
          || 'Không tải được danh sách mô hình.'))))
      .then(show)
      .catch((error) => {
        if (error.name !== 'AbortError') {
          status.textContent = error.message;
        }
      });
  }

  map.on('moveend', load);
  fieldFilter.addEventListener('change', load);
  load();
}());
