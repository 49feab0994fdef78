/**
 * Hooks into lit-html's template preparation through its documented platform hook
 * (`litHtmlPolyfillSupport`), which hands over lit-html's `Template` class. Must be the
 * first import of a test file, so it runs before lit-html is evaluated.
 *
 * `prepareTemplateHtml(strings, raw, type)` gives the HTML Lit makes of a template strings
 * array, markers and renamed bound attributes included, exactly as Lit joins them.
 */

type TemplateClass = {
  new (result: {strings: TemplateStringsArray; _$litType$: number}, options?: unknown): unknown;
  createElement(html: unknown, options?: unknown): HTMLTemplateElement;
};

let LitTemplate: TemplateClass | undefined;
let lastPrepared: string | undefined;

(globalThis as {litHtmlPolyfillSupport?: (template: TemplateClass) => void}).litHtmlPolyfillSupport = (template) => {
  LitTemplate = template;
  const original = template.createElement.bind(template);
  template.createElement = (html, options) => {
    lastPrepared = String(html);
    return original(html, options);
  };
};

/** Lit's result types (lit-html's HTML_RESULT, SVG_RESULT, MATHML_RESULT). */
const RESULT_TYPE = {html: 1, svg: 2, mathml: 3} as const;

/**
 * The HTML lit-html prepares for a template strings array (`strings` cooked, `raw` raw), with
 * its markers and bound-attribute suffixes, by running lit-html's own `Template` on it.
 */
export function prepareTemplateHtml(strings: readonly string[], raw: readonly string[], type: keyof typeof RESULT_TYPE): string {
  if (!LitTemplate) throw new Error('lit-html has not loaded: import lit after collect-lit-templates');
  const tsa = Object.assign([...strings], {raw: [...raw]}) as unknown as TemplateStringsArray;
  lastPrepared = undefined;
  new LitTemplate({strings: tsa, _$litType$: RESULT_TYPE[type]});
  if (lastPrepared === undefined) throw new Error('lit-html prepared no template');
  return lastPrepared;
}
