'use strict';

// The model page works without scripts; with them, a small locator map, a keyboard-friendly photo viewer and a
// copy-link button are added.
(function () {
  const locator = document.getElementById('locator-map');
  if (locator) {
    whenNear(locator, () => loadLeaflet(locator).then(() => drawLocator(locator)).catch(() => {
      /* Without the map the place is still named under it, with a link to the large map. */
    }));
  }

  // Leaflet, its styles and the outlines are most of what a phone would do before the page settles, for a map
  // that is often a few screens down: they are fetched only when the map comes near the screen.
  function whenNear(element, action) {
    if (!('IntersectionObserver' in window)) {
      action();
      return;
    }
    const watcher = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        watcher.disconnect();
        action();
      }
    }, { rootMargin: '300px 0px' });
    watcher.observe(element);
  }

  function loadLeaflet(element) {
    const loaded = (node) => new Promise((resolve, reject) => {
      node.addEventListener('load', resolve);
      node.addEventListener('error', reject);
    });
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = element.dataset.leafletCss;
    const script = document.createElement('script');
    script.src = element.dataset.leafletScript;
    const both = Promise.all([loaded(styles), loaded(script)]);
    document.head.append(styles, script);
    return both;
  }

  function drawLocator(locator) {
    const at = [Number(locator.dataset.lat), Number(locator.dataset.lon)];
    const map = L.map(locator, { zoomControl: false, attributionControl: Boolean(locator.dataset.tileUrl),
      dragging: false, scrollWheelZoom: false, keyboard: false }).setView(at, 11);
    if (locator.dataset.tileUrl) {
      L.tileLayer(locator.dataset.tileUrl, { maxZoom: 18, attribution: locator.dataset.tileAttribution || '' })
        .addTo(map);
    } else {
      fetch('/api/places/provinces?zoom=8').then((r) => r.json()).then((outlines) => {
        L.geoJSON(outlines, { style: { color: '#5f6b76', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
          interactive: false }).addTo(map);
      }).catch(() => { /* The marker alone still shows the place. */ });
    }
    L.circleMarker(at, { radius: 8, color: '#fff', weight: 2, fillColor: '#b71c1c', fillOpacity: 1,
      interactive: false }).addTo(map);
    drawLineage(map, at);
  }

  // How the model spread: a line from the model it replicates to it, and from it to each place that replicated it,
  // each place labelled with the year it started. The list above the map says the same in words.
  function drawLineage(map, at) {
    const place = (element) => ({ at: [Number(element.dataset.lat), Number(element.dataset.lon)],
      year: element.dataset.year, name: element.querySelector('a').textContent });
    const original = document.querySelector('.lineage-original');
    const replicas = Array.from(document.querySelectorAll('.lineage-replications li')).map(place);
    const links = (original ? [{ from: place(original).at, to: at }] : [])
      .concat(replicas.map((replica) => ({ from: at, to: replica.at })));
    if (!links.length) {
      return;
    }
    // Above the outlines, which arrive later and would otherwise cover the lines.
    map.createPane('lineage').style.zIndex = 450;
    links.forEach((link) => L.polyline([link.from, link.to], { color: '#b71c1c', weight: 2, dashArray: '4 4',
      interactive: false, pane: 'lineage' }).addTo(map));
    (original ? [place(original)] : []).concat(replicas).forEach((other) => {
      L.circleMarker(other.at, { radius: 6, color: '#fff', weight: 2, fillColor: '#1f5f8b', fillOpacity: 1,
        interactive: false, pane: 'lineage' }).bindTooltip(other.year, { permanent: true, direction: 'top' })
        .addTo(map);
    });
    map.fitBounds(L.latLngBounds([at].concat(links.map((link) => link.from), links.map((link) => link.to))),
      { padding: [24, 24], maxZoom: 11 });
  }

  const lightbox = document.getElementById('lightbox');
  const items = Array.from(document.querySelectorAll('a.gallery-item'));
  if (lightbox && items.length && typeof lightbox.showModal === 'function') {
    const image = document.getElementById('lightbox-image');
    const caption = document.getElementById('lightbox-caption');
    let current = 0;
    let opener = null;
    const show = (index) => {
      current = (index + items.length) % items.length;
      const thumb = items[current].querySelector('img');
      image.src = items[current].href;
      image.alt = thumb.alt;
      const figcaption = items[current].closest('figure').querySelector('figcaption');
      caption.textContent = (figcaption ? figcaption.textContent.trim() : '')
        + ' (' + (current + 1) + '/' + items.length + ')';
    };
    items.forEach((item, index) => item.addEventListener('click', (event) => {
      event.preventDefault();
      opener = item;
      show(index);
      lightbox.showModal();
      document.getElementById('lightbox-close').focus();
    }));
    document.getElementById('lightbox-previous').addEventListener('click', () => show(current - 1));
    document.getElementById('lightbox-next').addEventListener('click', () => show(current + 1));
    document.getElementById('lightbox-close').addEventListener('click', () => lightbox.close());
    lightbox.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') show(current - 1);
      if (event.key === 'ArrowRight') show(current + 1);
    });
    // Escape closes a modal dialog by itself; focus goes back to the photo that opened it.
    lightbox.addEventListener('close', () => { if (opener) opener.focus(); });
  }

  document.querySelectorAll('.share-copy').forEach((button) => {
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(button.dataset.url).then(() => {
        button.textContent = 'Đã sao chép liên kết';
      }).catch(() => { window.prompt('Sao chép liên kết:', button.dataset.url); });
    });
  });
}());
