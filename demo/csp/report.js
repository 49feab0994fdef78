// Lists every Content-Security-Policy violation on the page, and the guide's events.
// A classic script loaded before the guide, so it sees violations from the very start.
(() => {
  const violations = [];
  window.__cspViolations = violations;
  const show = () => {
    const count = document.getElementById('violation-count');
    const list = document.getElementById('violations');
    if (!count || !list) return;
    count.textContent = String(violations.length);
    list.replaceChildren(
      ...violations.map((v) => {
        const item = document.createElement('li');
        item.textContent = `${v.directive}: ${v.blocked} ${v.sample}`;
        return item;
      })
    );
  };
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push({directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample});
    show();
  });
  const lastEvent = (event) => {
    const output = document.getElementById('last-event');
    if (output) output.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
  };
  document.addEventListener('microneedle-guide-section-change', lastEvent);
  document.addEventListener('microneedle-guide-screening-complete', lastEvent);
  document.addEventListener('DOMContentLoaded', show);
})();
