/**
 * Records every template HTML string lit-html prepares on this page, through
 * lit-html's documented platform hook (`litHtmlPolyfillSupport`). Must be the
 * first import of a test file, so it runs before lit-html is evaluated.
 */
export const preparedTemplates = new Set<string>();

type TemplateClass = {createElement(html: unknown, options?: unknown): HTMLTemplateElement};

(globalThis as {litHtmlPolyfillSupport?: (template: TemplateClass) => void}).litHtmlPolyfillSupport = (
  template
) => {
  const original = template.createElement.bind(template);
  template.createElement = (html, options) => {
    preparedTemplates.add(String(html));
    return original(html, options);
  };
};
