'use strict';

// The public map and its list. The whole state (view, filter, order, page, chosen model) lives in the address:
// filters, pages and choices add a history entry, moving the map replaces the current one, and back and forward
// bring a state back. Clusters come from the server at every zoom, so a view never carries more than ~1,000 features.
(function () {
  const VIETNAM = L.latLngBounds([8.2, 102.1], [23.4, 109.5]);
  const FILTERS = ['field', 'province', 'commune', 'recognition', 'recognitionYear', 'owner', 'stage', 'hasPhotos',
    'hasVideo', 'startedFrom', 'startedTo'];
  const FIELD_SHAPES = {
    ECONOMY_SCIENCE_ENVIRONMENT: 'circle',
    CULTURE_SOCIETY_PEOPLE: 'square',
    DEFENCE_SECURITY_FOREIGN_AFFAIRS: 'triangle',
    PARTY_AND_POLITICAL_SYSTEM: 'diamond',
  };
  // The page's language, chosen on the server; the script speaks it too.
  const EN = document.documentElement.lang === 'en';
  const T = EN ? {
    perProvince: 'Models per province', perCommune: 'Models per commune', fields: 'Field',
    noPlace: 'No place of that name.', models: 'models', inView: 'models in view',
    grouped: ', grouped by area; choose a group to zoom in.', zoomIn: 'models; choose to zoom in',
    show: 'Show on the map', showNamed: 'Show on the map: {}', since: 'since', page: 'Page',
    previous: '← Previous page', next: 'Next page →', failed: 'The map data could not be loaded.',
    embedTitle: 'Digital map of “Dân vận khéo” models', locale: 'en-GB', legend: 'Legend',
  } : {
    perProvince: 'Số mô hình mỗi tỉnh', perCommune: 'Số mô hình mỗi xã, phường', fields: 'Lĩnh vực',
    noPlace: 'Không tìm thấy địa bàn nào có tên này.', models: 'mô hình', inView: 'mô hình trong vùng đang xem',
    grouped: ', gộp theo khu vực; chọn một nhóm để phóng to.', zoomIn: 'mô hình; chọn để phóng to',
    show: 'Xem trên bản đồ', showNamed: 'Xem trên bản đồ: {}', since: 'từ', page: 'Trang',
    previous: '← Trang trước', next: 'Trang sau →', failed: 'Không tải được dữ liệu bản đồ.',
    embedTitle: 'Bản đồ số mô hình “Dân vận khéo”', locale: 'vi-VN', legend: 'Chú giải',
  };
  const FIELD_SHORT = EN ? {
    ECONOMY_SCIENCE_ENVIRONMENT: 'Economy, science, environment',
    CULTURE_SOCIETY_PEOPLE: 'Culture, society, people',
    DEFENCE_SECURITY_FOREIGN_AFFAIRS: 'Defence, security, foreign affairs',
    PARTY_AND_POLITICAL_SYSTEM: 'Party and political system',
  } : {
    ECONOMY_SCIENCE_ENVIRONMENT: 'Kinh tế, khoa học, môi trường',
    CULTURE_SOCIETY_PEOPLE: 'Văn hóa, xã hội, con người',
    DEFENCE_SECURITY_FOREIGN_AFFAIRS: 'Quốc phòng, an ninh, đối ngoại',
    PARTY_AND_POLITICAL_SYSTEM: 'Xây dựng Đảng, hệ thống chính trị',
  };
  const fieldLabel = (p) => (EN && p.fieldLabelEn) || p.fieldLabel;
  const number = (n) => n.toLocaleString(T.locale);
  const container = document.getElementById('map');
  const status = document.getElementById('map-status');
  const form = document.querySelector('.map-filters');
  const listItems = document.getElementById('model-list-items') || document.createElement('ol');
  const listTotal = document.getElementById('model-list-total') || document.createElement('span');
  const pages = document.querySelector('.model-list-pages') || document.createElement('nav');
  const embedCode = document.getElementById('embed-code');
  const fullMap = document.getElementById('full-map-link');
  const basePath = form.getAttribute('action');
  // The filter panel comes closed, so on a phone it does not take the map's room; a wider screen has room for both.
  const filterPanel = document.getElementById('filter-panel');
  if (filterPanel && window.matchMedia('(min-width: 701px)').matches) filterPanel.open = true;

  let state = new URLSearchParams(location.search);
  const map = L.map(container, { zoomSnap: 1 });
  const initialBox = parseBox(state.get('bbox'));
  if (initialBox && state.get('zoom')) {
    map.setView(initialBox.getCenter(), Number(state.get('zoom')));
  } else {
    map.fitBounds(initialBox || VIETNAM);
  }

  const tileUrl = container.dataset.tileUrl;
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: container.dataset.tileAttribution || '' }).addTo(map);
  }

  // Outlines come from our own data, so the map reads as Viet Nam even where no tile server is reachable.
  const COARSEST_ZOOM = 4;
  const DETAILED_FROM_ZOOM = 8;
  const COMMUNES_FROM_ZOOM = 10;
  const provinces = L.geoJSON(null, { style: provinceStyle, onEachFeature: describeProvince }).addTo(map);
  // At commune zooms the communes carry the colours and the provinces only their borders.
  const communes = L.geoJSON(null, { style: communeStyle, onEachFeature: describeCommune }).addTo(map);
  let provinceScale = null;
  let countsByProvince = {};
  let countsByCommune = null;
  const communeLevel = () => map.getZoom() >= COMMUNES_FROM_ZOOM;

  const features = L.layerGroup().addTo(map);
  const modelMarkers = new Map();
  let pendingView = null;
  let pendingList = null;
  let listed = [];
  let openPopup = null;
  let restoring = false;

  // Classes by order of magnitude: a province with 40,000 models and one with 12 still differ, and so do 12 and 0.
  const CLASSES = [
    { below: 1, colour: '#f4f1ea', label: '0' },
    { below: 10, colour: '#f6d7c3', label: '1–9' },
    { below: 100, colour: '#eea98a', label: '10–99' },
    { below: 1000, colour: '#d9694b', label: '100–999' },
    { below: 10000, colour: '#a8321f', label: '1.000–9.999' },
    { below: Infinity, colour: '#6b1409', label: '≥ 10.000' },
  ];

  function shade(count) {
    return CLASSES.find((c) => (count || 0) < c.below).colour;
  }

  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    // Open beside a wide map; on a phone it would cover most of the map, so it comes closed there.
    const box = L.DomUtil.create('details', 'map-legend');
    box.open = window.matchMedia('(min-width: 701px)').matches;
    L.DomEvent.disableClickPropagation(box);
    const summary = document.createElement('summary');
    summary.textContent = T.legend;
    box.append(summary);
    const title = document.createElement('p');
    title.id = 'legend-title';
    title.textContent = communeLevel() ? T.perCommune : T.perProvince;
    box.append(title);
    CLASSES.forEach((c) => {
      const row = document.createElement('span');
      row.className = 'legend-row';
      const swatch = document.createElement('i');
      swatch.className = 'legend-swatch';
      swatch.setAttribute('data-colour', c.colour);
      const text = document.createElement('span');
      text.textContent = c.label;
      row.append(swatch, text);
      box.append(row);
    });
    const fields = document.createElement('p');
    fields.textContent = T.fields;
    box.append(fields);
    Object.keys(FIELD_SHAPES).forEach((field) => {
      const row = document.createElement('span');
      row.className = 'legend-row';
      const shape = document.createElement('i');
      shape.className = 'legend-shape model-marker model-marker-' + FIELD_SHAPES[field];
      const text = document.createElement('span');
      text.textContent = FIELD_SHORT[field];
      row.append(shape, text);
      box.append(row);
    });
    return box;
  };
  legend.addTo(map);
  // Colours set from script, since the page's policy allows no inline styles in markup.
  document.querySelectorAll('.legend-swatch').forEach((swatch) => {
    swatch.style.background = swatch.getAttribute('data-colour');
  });

  function provinceStyle(feature) {
    return {
      color: '#5f6b76',
      weight: 1,
      fillColor: shade(countsByProvince[feature.properties.code]),
      fillOpacity: communeLevel() ? 0 : 0.6,
    };
  }

  function communeStyle(feature) {
    return {
      color: '#7a8691',
      weight: 0.6,
      fillColor: shade((countsByCommune || {})[feature.properties.code]),
      fillOpacity: countsByCommune ? 0.55 : 0,
    };
  }

  function describeCommune(feature, layer) {
    layer.bindTooltip(() => feature.properties.fullName + ': '
      + number((countsByCommune || {})[feature.properties.code] || 0) + ' ' + T.models, { sticky: true });
  }

  function describeProvince(feature, layer) {
    layer.bindTooltip(() => feature.properties.fullName + ': '
      + number(countsByProvince[feature.properties.code] || 0) + ' ' + T.models, { sticky: true });
  }

  function getJson(url, signal) {
    return fetch(url, { signal, headers: { Accept: 'application/json, application/geo+json' } })
      .then((response) => response.ok
        ? response.json()
        : response.json().catch(() => ({})).then((problem) => Promise.reject(new Error(problem.detail
          || T.failed))));
  }

  function parseBox(text) {
    if (!text) return null;
    const parts = text.split(',').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
    return L.latLngBounds([parts[1], parts[0]], [parts[3], parts[2]]);
  }

  // Zoomed far out, Leaflet's bounds leave the valid range; the API refuses those.
  function viewport() {
    const b = map.getBounds();
    const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
    const round = (value) => Math.round(value * 1e5) / 1e5;
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .map(round).join(',');
  }

  function filterParams() {
    const params = new URLSearchParams();
    FILTERS.forEach((name) => {
      const value = state.get(name);
      if (value) params.set(name, value);
    });
    return params;
  }

  function readForm() {
    const data = new FormData(form);
    FILTERS.concat(['sort']).forEach((name) => {
      const value = data.get(name);
      if (value) state.set(name, value); else state.delete(name);
    });
  }

  function writeForm() {
    FILTERS.concat(['sort']).forEach((name) => {
      const input = form.elements[name];
      if (!input) return;
      const value = state.get(name) || '';
      if (input.type === 'checkbox') {
        input.checked = value === 'true';
      } else {
        input.value = name === 'sort' && !value ? 'newest' : value;
      }
    });
  }

  function address() {
    return basePath + '?' + state.toString();
  }

  function remember(push) {
    state.set('bbox', viewport());
    state.set('zoom', String(map.getZoom()));
    if (push) {
      history.pushState(null, '', address());
    } else {
      history.replaceState(null, '', address());
    }
    describeEmbedding();
  }

  // The snippet a news site pastes: this view and filter, framed from the embed page, the only one that may be.
  function describeEmbedding() {
    const shared = new URLSearchParams(state);
    shared.delete('page');
    shared.delete('model');
    if (embedCode) {
      embedCode.value = '<iframe src="' + location.origin + '/nhung?' + shared.toString().replace(/&/g, '&amp;')
        + '" width="100%" height="480" style="border:0" loading="lazy"'
        + ' title="' + T.embedTitle + '"></iframe>';
    }
    if (fullMap) {
      fullMap.href = '/ban-do?' + shared;
    }
  }

  // Each national zoom has outlines as fine as it can show (a few tens of kB); from DETAILED_FROM_ZOOM on one set
  // serves all. Asking by that scale, not by the zoom itself, lets the browser's cache answer the same address.
  function loadProvinces() {
    const scale = Math.min(Math.max(Math.round(map.getZoom()), COARSEST_ZOOM), DETAILED_FROM_ZOOM);
    if (scale === provinceScale) return;
    provinceScale = scale;
    getJson('/api/places/provinces?zoom=' + scale).then((outlines) => {
      // Zoomed on before this came: the outlines of the newer scale are on their way.
      if (scale !== provinceScale) return;
      provinces.clearLayers();
      provinces.addData(outlines);
    }).catch((error) => { status.textContent = error.message; });
  }

  function loadCounts() {
    countsByCommune = null;
    loadCommuneCounts();
    const params = filterParams();
    params.set('level', 'PROVINCE');
    getJson('/api/map/counts?' + params).then((answer) => {
      countsByProvince = answer.counts;
      provinces.setStyle(provinceStyle);
    }).catch(() => { /* The view's own request reports search being down. */ });
  }

  // Counts of every commune under the filter, asked again only when the filter changes, not at each move.
  function loadCommuneCounts() {
    if (!communeLevel() || countsByCommune) return;
    const params = filterParams();
    params.set('level', 'COMMUNE');
    getJson('/api/map/counts?' + params).then((answer) => {
      countsByCommune = answer.counts;
      communes.setStyle(communeStyle);
    }).catch(() => { /* The view's own request reports search being down. */ });
  }

  function showLevel() {
    const title = document.getElementById('legend-title');
    if (title) title.textContent = communeLevel() ? T.perCommune : T.perProvince;
    provinces.setStyle(provinceStyle);
  }

  function loadCommunes() {
    if (!communeLevel()) {
      communes.clearLayers();
      return;
    }
    loadCommuneCounts();
    const params = new URLSearchParams({ bbox: viewport(), zoom: Math.round(map.getZoom()) });
    getJson('/api/places/communes?' + params).then((outlines) => {
      communes.clearLayers();
      communes.addData(outlines);
    }).catch((error) => { status.textContent = error.message; });
  }

  function popupContent(p) {
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
    field.textContent = fieldLabel(p);
    box.append(title, place, field);
    return box;
  }

  function clusterMarker(feature) {
    const [lon, lat] = feature.geometry.coordinates;
    const count = feature.properties.count;
    const size = count < 100 ? 'small' : count < 10000 ? 'medium' : 'large';
    const label = number(count);
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'cluster cluster-' + size, html: '<span>' + label + '</span>', iconSize: null }),
      title: label + ' ' + T.zoomIn,
      alt: label + ' ' + T.models,
      keyboard: true,
    });
    const [w, s, e, n] = feature.properties.bounds;
    // A group of close models zooms in until they stand apart; a server cluster one level at least.
    const opening = feature.properties.grouped
      ? { maxZoom: MERGE_BELOW_ZOOM, padding: [MERGE_DISTANCE, MERGE_DISTANCE] }
      : { maxZoom: Math.max(map.getZoom() + 1, 0) };
    const open = () => map.fitBounds([[s, w], [n, e]], opening);
    marker.on('click', open);
    // Leaflet opens a marker from the keyboard only when it has a popup, and a cluster has none.
    marker.on('keypress', (event) => {
      if (event.originalEvent.key === 'Enter' || event.originalEvent.key === ' ') {
        event.originalEvent.preventDefault();
        open();
      }
    });
    return marker;
  }

  function modelMarker(feature) {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    const shape = FIELD_SHAPES[p.field] || 'circle';
    const marker = L.marker([lat, lon], {
      icon: L.divIcon({ className: 'model-marker model-marker-' + shape, iconSize: [18, 18] }),
      title: p.name + ' (' + fieldLabel(p) + ')',
      alt: p.name,
      keyboard: true,
    }).bindPopup(popupContent(p));
    marker.on('click', () => choose(p.slug, false));
    return marker;
  }

  // Models closer on the screen than a finger's width (24 px, WCAG 2.5.8) would be markers on top of each other that
  // no one can tap apart: at this zoom they are drawn as one group with their count, which zooms in like a cluster.
  // From MERGE_BELOW_ZOOM on they are always drawn apart, so a group always opens to its models.
  const MERGE_BELOW_ZOOM = 17;
  const MERGE_DISTANCE = 26;

  // A group is drawn at the mean of its models, which can bring it closer than a finger's width to a neighbour
  // that was far enough from where the group began: merging repeats over the drawn places until none are that close.
  function mergedCloseModels(collected) {
    if (map.getZoom() >= MERGE_BELOW_ZOOM) return collected;
    const serverClusters = collected.filter((feature) => feature.properties.cluster);
    let groups = collected.filter((feature) => !feature.properties.cluster).map((feature) => {
      const [lon, lat] = feature.geometry.coordinates;
      return { point: map.latLngToLayerPoint([lat, lon]), features: [feature] };
    });
    let merging = true;
    while (merging) {
      merging = false;
      const cells = new Map();
      const kept = [];
      const cellKey = (x, y) => x + ':' + y;
      groups.forEach((group) => {
        const cx = Math.floor(group.point.x / MERGE_DISTANCE);
        const cy = Math.floor(group.point.y / MERGE_DISTANCE);
        let near = null;
        for (let dx = -1; dx <= 1 && !near; dx++) {
          for (let dy = -1; dy <= 1 && !near; dy++) {
            near = (cells.get(cellKey(cx + dx, cy + dy)) || [])
              .find((other) => other.point.distanceTo(group.point) < MERGE_DISTANCE) || null;
          }
        }
        if (near) {
          near.features.push(...group.features);
          near.point = near.point.add(group.point.subtract(near.point)
            .multiplyBy(group.features.length / near.features.length));
          merging = true;
          return;
        }
        kept.push(group);
        const key = cellKey(cx, cy);
        cells.set(key, (cells.get(key) || []).concat(group));
      });
      groups = kept;
    }
    return serverClusters.concat(
      groups.map((group) => (group.features.length === 1 ? group.features[0] : asCluster(group.features))));
  }

  function asCluster(models) {
    const lons = models.map((m) => m.geometry.coordinates[0]);
    const lats = models.map((m) => m.geometry.coordinates[1]);
    const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    return {
      geometry: { coordinates: [mean(lons), mean(lats)] },
      properties: { cluster: true, count: models.length, grouped: true,
        bounds: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] },
    };
  }

  function showView(collection) {
    features.clearLayers();
    modelMarkers.clear();
    const drawn = mergedCloseModels(collection.features);
    drawn.forEach((feature) => {
      if (feature.properties.cluster) {
        clusterMarker(feature).addTo(features);
      } else {
        const marker = modelMarker(feature).addTo(features);
        modelMarkers.set(feature.properties.slug, marker);
      }
    });
    const grouped = collection.clustered || drawn.some((feature) => feature.properties.grouped);
    // The server wrote the asked view's count into the page: the same words are left as painted.
    const said = number(collection.total) + ' ' + T.inView + (grouped ? T.grouped : '.');
    if (status.textContent !== said) status.textContent = said;
    openChosen();
  }

  function listItem(model) {
    const item = document.createElement('li');
    item.dataset.slug = model.slug;
    const name = document.createElement('a');
    name.className = 'model-list-name';
    name.href = model.url;
    name.textContent = model.name;
    const place = document.createElement('span');
    place.className = 'model-list-place';
    place.textContent = model.commune + ', ' + model.province;
    const field = document.createElement('span');
    field.className = 'model-list-field';
    field.textContent = fieldLabel(model) + ' · ' + T.since + ' ' + model.yearStarted;
    item.append(name, place, field, showButton(model));
    if (state.get('model') === model.slug) item.classList.add('chosen');
    return item;
  }

  function showButton(model) {
    const show = document.createElement('button');
    show.type = 'button';
    show.className = 'model-list-show';
    show.textContent = T.show;
    show.setAttribute('aria-label', T.showNamed.replace('{}', model.name));
    show.addEventListener('click', () => choose(model.slug, true));
    return show;
  }

  // The page came with the list of its view already: when the answer holds the same models, the items stay and only
  // gain their buttons, so the text a reader sees first is not painted a second time.
  function keepsTheList(models) {
    const items = Array.from(listItems.children);
    return items.length === models.length && items.every((item, i) => item.dataset.slug === models[i].slug);
  }

  function pageLink(label, page, rel) {
    const link = document.createElement('a');
    link.textContent = label;
    link.rel = rel;
    link.id = rel === 'prev' ? 'model-list-previous' : 'model-list-next';
    const target = new URLSearchParams(state);
    target.set('page', String(page));
    link.href = basePath + '?' + target;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      state.set('page', String(page));
      state.delete('model');
      history.pushState(null, '', address());
      loadList();
    });
    return link;
  }

  function showList(answer) {
    listed = answer.models;
    const total = number(answer.total);
    if (listTotal.textContent !== total) listTotal.textContent = total;
    if (keepsTheList(answer.models)) {
      Array.from(listItems.children).forEach((item, i) => {
        if (!item.querySelector('.model-list-show')) item.append(showButton(answer.models[i]));
      });
    } else {
      listItems.replaceChildren(...answer.models.map(listItem));
    }
    const pageCount = Math.max(answer.pages, 1);
    const current = document.createElement('span');
    current.id = 'model-list-page';
    current.textContent = T.page + ' ' + answer.page + '/' + pageCount;
    const parts = [];
    if (answer.page > 1) parts.push(pageLink(T.previous, answer.page - 1, 'prev'));
    parts.push(current);
    if (answer.page < answer.pages) parts.push(pageLink(T.next, answer.page + 1, 'next'));
    pages.replaceChildren(...parts);
    openChosen();
  }

  function openChosen() {
    const slug = state.get('model');
    listItems.querySelectorAll('li').forEach((li) => li.classList.toggle('chosen', li.dataset.slug === slug));
    if (!slug) return;
    const marker = modelMarkers.get(slug);
    if (marker) {
      if (!marker.isPopupOpen()) marker.openPopup();
      return;
    }
    const model = listed.find((m) => m.slug === slug);
    if (model && !openPopup) {
      L.popup().setLatLng([model.latitude, model.longitude]).setContent(popupContent(model)).openOn(map);
    }
  }

  function choose(slug, fly) {
    if (state.get('model') !== slug) {
      state.set('model', slug);
      history.pushState(null, '', address());
    }
    const model = listed.find((m) => m.slug === slug);
    if (fly && model) {
      restoring = true;
      map.closePopup();
      restoring = false;
      map.setView([model.latitude, model.longitude], Math.max(map.getZoom(), 14));
    }
    openChosen();
  }

  function loadView() {
    if (pendingView) pendingView.abort();
    pendingView = new AbortController();
    const params = filterParams();
    params.set('bbox', viewport());
    params.set('zoom', String(map.getZoom()));
    getJson('/api/map/clusters?' + params, pendingView.signal)
      .then(showView)
      .catch((error) => {
        if (error.name !== 'AbortError') status.textContent = error.message;
      });
  }

  function loadList() {
    // The embed page has no list to fill.
    if (!listItems.isConnected) return;
    if (pendingList) pendingList.abort();
    pendingList = new AbortController();
    const params = filterParams();
    params.set('bbox', viewport());
    if (state.get('sort')) params.set('sort', state.get('sort'));
    if (state.get('page')) params.set('page', state.get('page'));
    getJson('/api/map/models?' + params, pendingList.signal)
      .then(showList)
      .catch((error) => {
        if (error.name !== 'AbortError') status.textContent = error.message;
      });
  }

  map.on('moveend', () => {
    // A new view lists its own models from the first page; the address follows without a history entry.
    const moved = state.get('bbox') !== viewport();
    if (moved) state.delete('page');
    remember(false);
    loadView();
    if (moved) loadList();
    loadProvinces();
    loadCommunes();
    showLevel();
  });
  map.on('popupopen', (event) => { openPopup = event.popup; });
  map.on('popupclose', (event) => {
    if (openPopup === event.popup) openPopup = null;
    if (restoring) return;
    // Opening another model's popup closes this one first; only a popup closed for good unchooses the model.
    setTimeout(() => {
      if (!openPopup && state.get('model')) {
        state.delete('model');
        history.pushState(null, '', address());
        listItems.querySelectorAll('li.chosen').forEach((li) => li.classList.remove('chosen'));
      }
    }, 0);
  });

  form.addEventListener('change', (event) => {
    // Another province leaves the chosen commune behind, or the two filters would show nothing.
    if (event.target && event.target.name === 'province' && form.elements.commune && form.elements.commune.value) {
      form.elements.commune.value = '';
      showChosen(null);
    }
    readForm();
    state.delete('page');
    state.delete('model');
    remember(true);
    loadView();
    loadList();
    loadCounts();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.dispatchEvent(new Event('change'));
  });

  window.addEventListener('popstate', () => {
    state = new URLSearchParams(location.search);
    writeForm();
    if (!state.get('commune')) showChosen(null);
    restoring = true;
    map.closePopup();
    restoring = false;
    const box = parseBox(state.get('bbox'));
    if (box && state.get('zoom')) {
      map.setView(box.getCenter(), Number(state.get('zoom')), { animate: false });
    }
    loadView();
    loadList();
    loadCounts();
  });

  // The place picker: the page's place search as one types, a place chosen zooms the map to it and filters by it.
  // Without scripts the same form opens the map on the best match.
  const picker = document.getElementById('place-picker');
  const pickerInput = document.getElementById('place-picker-q');
  const pickerResults = document.getElementById('place-picker-results');
  const chosen = document.getElementById('commune-chosen');
  const chosenName = document.getElementById('commune-chosen-name');
  let pickerAsked = null;
  let pickerTimer = null;
  let matches = [];

  function placeName(match) {
    return (EN && match.unit.fullNameEn) || match.unit.fullName;
  }

  function showMatches(found) {
    matches = found;
    if (!found.length) {
      const none = document.createElement('li');
      none.textContent = T.noPlace;
      pickerResults.replaceChildren(none);
    } else {
      pickerResults.replaceChildren(...found.map((match) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = placeName(match) + (match.unit.level === 'COMMUNE' ? ' – ' + match.provinceFullName : '');
        button.addEventListener('click', () => pick(match));
        item.append(button);
        return item;
      }));
    }
    pickerResults.hidden = false;
  }

  function findPlaces(text) {
    if (pickerAsked) pickerAsked.abort();
    pickerAsked = new AbortController();
    getJson('/api/places/search?limit=8&q=' + encodeURIComponent(text), pickerAsked.signal)
      .then(showMatches)
      .catch((error) => { if (error.name !== 'AbortError') showMatches([]); });
  }

  function showChosen(name) {
    if (!chosen) return;
    chosen.hidden = !name;
    chosenName.textContent = name || '';
  }

  function pick(match) {
    pickerResults.hidden = true;
    pickerInput.value = '';
    const commune = match.unit.level === 'COMMUNE';
    state.delete(commune ? 'province' : 'commune');
    state.set(commune ? 'commune' : 'province', match.unit.code);
    state.delete('page');
    state.delete('model');
    writeForm();
    showChosen(commune ? placeName(match) : null);
    // One history entry for the new filter and the view it moves to: the move below rewrites this entry's view.
    remember(true);
    loadCounts();
    const b = match.bounds;
    const before = viewport();
    map.fitBounds([[b.south, b.west], [b.north, b.east]], { animate: false });
    if (viewport() === before) {
      loadView();
      loadList();
    }
  }

  // The embed page has the map without the picker.
  if (picker) {
    pickerInput.addEventListener('input', () => {
      clearTimeout(pickerTimer);
      const text = pickerInput.value.trim();
      if (text.length < 2) {
        pickerResults.hidden = true;
        return;
      }
      pickerTimer = setTimeout(() => findPlaces(text), 250);
    });
    picker.addEventListener('submit', (event) => {
      event.preventDefault();
      if (matches.length && !pickerResults.hidden) {
        pick(matches[0]);
      } else if (pickerInput.value.trim().length >= 2) {
        findPlaces(pickerInput.value.trim());
      }
    });
    picker.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        pickerResults.hidden = true;
        pickerInput.focus();
      }
    });
    document.getElementById('commune-clear').addEventListener('click', (event) => {
      event.preventDefault();
      state.delete('commune');
      state.delete('page');
      writeForm();
      showChosen(null);
      remember(true);
      loadView();
      loadList();
      loadCounts();
    });
  }

  remember(false);
  loadView();
  loadList();
  loadProvinces();
  loadCounts();
  // A link may open the map at a commune zoom: its outlines and colours come with the page, not at the first move.
  loadCommunes();
}());
