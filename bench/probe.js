// Installed in every bench page before its own scripts (puppeteer's evaluateOnNewDocument).
// - window.__cls: the layout shifts without recent input, summed (the page never scrolls before it is read).
// - window.__firstScreen: ms from navigation start until every item inside the viewport shows its content
//   (one of our elements once in state `ready`, marked data-bench-item="element"; a static item or an iframe as soon as it exists).
(() => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const check = () => {
    const expected = Number(document.body?.dataset.expected);
    const items = document.querySelectorAll('[data-bench-item]');
    if (expected && items.length === expected) {
      const visible = [...items].filter((item) => {
        const rect = item.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < innerHeight;
      });
      if (visible.every((item) => item.dataset.benchItem !== 'element' || item.state === 'ready')) {
        window.__firstScreen = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();
