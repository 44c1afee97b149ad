// Loaded by a test embed's HTML inside a sandboxed frame on the strict-CSP page: reports what the frame
// saw to the page (CSP violations from this point on, the body margin the reporter set, whether the
// reporter's secret is still readable). A classic 'self' script, the only kind the inherited policy runs.
(() => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI });
  });
  window.addEventListener('load', () => {
    parent.postMessage(
      {
        type: 'test:spy',
        violations,
        bodyMargin: getComputedStyle(document.body).marginTop,
        secretVisible: document.querySelector('[data-secret]') !== null,
        inlineScriptRan: document.documentElement.hasAttribute('data-inline-ran'),
      },
      '*',
    );
  });
})();
