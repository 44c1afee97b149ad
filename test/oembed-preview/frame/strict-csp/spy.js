// Loaded by a test embed's HTML inside a sandboxed frame on the strict-CSP page: reports what the frame
// saw to the page (CSP violations from this point on, the body margin the reporter set, whether the
// reporter's secret is still readable). A classic 'self' script, the only kind the inherited policy runs.
(() => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI });
  });
  // The embed has one inline script the policy blocks. Its violation event is a queued task that, on a busy
  // machine, can run after 'load': wait for it (at most 3 s; then report without it, and the test fails).
  const reportWhenSeen = (deadline) => {
    if (!violations.length && performance.now() < deadline) {
      setTimeout(() => reportWhenSeen(deadline), 20);
      return;
    }
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
  };
  window.addEventListener('load', () => reportWhenSeen(performance.now() + 3000));
})();
