// Runs first in the strict-CSP page: records every CSP / Trusted Types violation for the test to read.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''}`.trim());
});
