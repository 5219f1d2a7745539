'use strict';

// How a model spread, drawn from the table the server already wrote: the page reads without scripts, and the map
// shows nothing the table does not say. The year control shows the spread up to a year; "play" steps through them.
(function () {
  const section = document.getElementById('spread-map-section');
  const container = document.getElementById('spread-map');
  if (!section || !container || !window.L) {
    return;
  }
  const members = Array.from(document.querySelectorAll('#spread-table tbody tr')).map((row) => ({
    slug: row.dataset.slug,
    from: row.dataset.from || null,
    year: Number(row.dataset.year),
    at: [Number(row.dataset.lat), Number(row.dataset.lon)],
    root: row.classList.contains('spread-root'),
    link: row.querySelector('th a'),
    place: row.cells[2].textContent + ', ' + row.cells[3].textContent,
  }));
  const steps = Array.from(document.querySelectorAll('#spread-years tbody tr'))
    .map((row) => ({ year: Number(row.dataset.year), label: row.dataset.label }));
  if (!members.length || !steps.length) {
    return;
  }
  section.hidden = false;

  const map = L.map(container, { zoomSnap: 0.5 });
  map.fitBounds(L.latLngBounds(members.map((member) => member.at)), { padding: [32, 32], maxZoom: 10 });
  if (container.dataset.tileUrl) {
    L.tileLayer(container.dataset.tileUrl, { maxZoom: 18, attribution: container.dataset.tileAttribution || '' })
      .addTo(map);
  } else {
    // Outlines from our own data: the map reads as Viet Nam where no tile server is reachable.
    fetch('/api/places/provinces?zoom=6').then((response) => response.json()).then((outlines) => {
      L.geoJSON(outlines, { style: { color: '#5f6b76', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 },
        interactive: false, pane: 'tilePane' }).addTo(map);
    }).catch(() => { /* The points and lines alone still show the spread. */ });
  }

  const bySlug = new Map(members.map((member) => [member.slug, member]));
  // Few enough places to label each with its year; a large family keeps its labels for hovering.
  const permanentLabels = members.length <= 40;
  const popup = (member) => {
    const content = document.createElement('div');
    const name = document.createElement('a');
    name.href = member.link.href;
    name.textContent = member.link.textContent;
    const where = document.createElement('p');
    where.textContent = member.place + ' · ' + member.year;
    content.append(name, where);
    return content;
  };
  members.forEach((member) => {
    const original = member.from ? bySlug.get(member.from) : null;
    member.line = original ? L.polyline([original.at, member.at], { color: '#5f6b76', weight: 2,
      dashArray: '5 5', className: 'spread-link', interactive: false }) : null;
    member.marker = member.root
      ? L.marker(member.at, { icon: L.divIcon({ className: 'spread-root-marker', iconSize: [28, 28] }),
        title: member.link.textContent, keyboard: false, zIndexOffset: 1000 })
      : L.circleMarker(member.at, { radius: 7, color: '#fff', weight: 2, fillColor: '#1f5f8b', fillOpacity: 1,
        className: 'spread-replica' });
    member.marker.bindPopup(() => popup(member));
    member.marker.bindTooltip(String(member.year), { permanent: permanentLabels, direction: 'top',
      offset: member.root ? [0, -12] : [0, -6] });
  });

  const slider = document.getElementById('spread-year');
  const count = document.getElementById('spread-count');
  const play = document.getElementById('spread-play');

  function show(index) {
    const step = steps[index];
    let shown = 0;
    members.forEach((member) => {
      const visible = member.year <= step.year;
      [member.line, member.marker].forEach((layer) => {
        if (layer && visible && !map.hasLayer(layer)) layer.addTo(map);
        if (layer && !visible && map.hasLayer(layer)) layer.remove();
      });
      if (visible) shown++;
    });
    slider.value = String(index);
    slider.setAttribute('aria-valuetext', step.label);
    count.textContent = step.label;
    container.dataset.year = String(step.year);
    container.dataset.shown = String(shown);
  }

  let timer = null;
  function stop() {
    clearInterval(timer);
    timer = null;
    play.textContent = play.dataset.play;
  }
  play.addEventListener('click', () => {
    if (timer) {
      stop();
      return;
    }
    let index = Number(slider.value) >= steps.length - 1 ? 0 : Number(slider.value) + 1;
    show(index);
    play.textContent = play.dataset.pause;
    timer = setInterval(() => {
      index++;
      if (index >= steps.length) {
        stop();
        return;
      }
      show(index);
    }, 1200);
  });
  slider.addEventListener('input', () => {
    if (timer) stop();
    show(Number(slider.value));
  });
  show(steps.length - 1);
}());
