'use strict';

// The map pages paint their text (filters, list, status) before anything of the map is fetched: Leaflet, its styles
// and the map's script are asked for once the first frame is on the screen, so on a slow phone they never hold the
// first paint back. The scripts run in the order given (data-scripts), the styles are in place before the first.
(function () {
  const self = document.currentScript;
  const styles = (self.dataset.styles || '').split(' ').filter(Boolean);
  const scripts = (self.dataset.scripts || '').split(' ').filter(Boolean);

  function loaded(node) {
    return new Promise((resolve) => {
      node.addEventListener('load', resolve);
      // A missing style sheet leaves the map plainer, not absent.
      node.addEventListener('error', resolve);
    });
  }

  function load() {
    const sheets = styles.map((href) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
      return loaded(link);
    });
    // Fetched beside the styles, run in order once the styles apply: Leaflet lays out the map's panes as it starts.
    scripts.forEach((src) => {
      const hint = document.createElement('link');
      hint.rel = 'preload';
      hint.as = 'script';
      hint.href = src;
      document.head.append(hint);
    });
    Promise.all(sheets).then(() => scripts.forEach((src) => {
      const script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.body.append(script);
    }));
  }

  // The frame after the next one: the first paint has happened by then.
  requestAnimationFrame(() => setTimeout(load, 0));
}());
