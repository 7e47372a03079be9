// Loaded first by every page in the cross-engine suite (served as /__test.js): records
// page errors and CSP violations where WebDriver cannot listen for them, and takes
// storage away when the page's hash asks (#storage=missing or #storage=throwing).
(() => {
  const errors = (window.__swErrors = []);
  addEventListener('error', (e) => errors.push(String(e.message || e.type)));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
  const violations = (window.__swViolations = []);
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const storage = new URLSearchParams(location.hash.slice(1)).get('storage');
  if (storage === 'missing') Object.defineProperty(window, 'localStorage', { get: () => undefined, configurable: true });
  if (storage === 'throwing') {
    Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('denied', 'SecurityError'); }, configurable: true });
  }
})();
