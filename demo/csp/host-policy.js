// A host page's own Lit app, as far as Trusted Types see it: it creates Lit's usual `lit-html`
// policy before the guide loads, and uses it. A second policy named `lit-html` would throw here,
// so the guide's default file names its own `microneedle-guide` (scripts/lit-csp-plugin.ts).
(() => {
  const policy = window.trustedTypes.createPolicy('lit-html', {createHTML: (html) => html});
  window.__hostPolicy = policy;
  document.addEventListener('DOMContentLoaded', () => {
    const output = document.getElementById('host-policy');
    const probe = document.createElement('template');
    probe.innerHTML = policy.createHTML('<b>lit-html</b>');
    output.replaceChildren(probe.content);
  });
})();
