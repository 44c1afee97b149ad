// The height reporter of post-embeds' sandboxed oEmbed frames (see sandbox.ts, which loads it).
//
// Why a separate file: a frame's `about:srcdoc` document inherits the page's Content Security Policy,
// so an inline script would be blocked (and reported) on a page with `script-src 'self'`, while this
// file, loaded from the library's own origin, is 'self'. It is a CLASSIC script (the opaque-origin frame
// would need CORS for a module) and plain JavaScript with no imports, served and shipped as is.
//
// It runs first in the frame, before the provider's markup is parsed: it takes the secret from its own
// <script data-secret> and removes that element so later scripts cannot read it, keeps its own references
// to `parent` and the APIs it uses, resets the body margin and lets a lone player (the usual video markup,
// sized for the provider's declared box) fill the frame (through CSSOM: an inline style would also be
// blocked under a strict `style-src`), then posts { type: 'post-embeds:height', secret, height } to the
// parent whenever the content height changes: on resize, on load, and after images and fonts load.
(() => {
  const script = document.currentScript;
  const secret = script && script.dataset.secret;
  if (!secret) return;
  script.remove();
  const parentWindow = window.parent;
  const root = document.documentElement;

  const sheet = new CSSStyleSheet();
  sheet.replaceSync('body { margin: 0 } body > :is(iframe, video):only-child { display: block; width: 100%; height: 100vh; border: 0 }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  let reported = -1;
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    parentWindow.postMessage({ type: 'post-embeds:height', secret, height }, '*');
  };

  new ResizeObserver(report).observe(root);
  window.addEventListener('load', report);
  // `load` does not bubble: capture it for every image and nested frame as it arrives.
  document.addEventListener('load', report, true);
  document.fonts.ready.then(report);
})();
