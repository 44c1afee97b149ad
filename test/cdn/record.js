// Loaded first by the CDN test pages (test/cdn/cdn-page.ts): records what a page's visitor and its console
// would see go wrong, for the test to read: uncaught errors, unhandled rejections and console warnings.
window.recorded = { uncaught: [], warnings: [] };
window.addEventListener('error', (event) => window.recorded.uncaught.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.recorded.uncaught.push(String(event.reason)));
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.recorded.warnings.push(args.map(String).join(' '));
  warn(...args);
};
