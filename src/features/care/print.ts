/**
 * "Print aftercare". The guide's own print rules (styles/print.styles.ts) turn
 * the section into a one-page card. The rest of the retailer's page would still
 * print around it, so while this print runs, and only then, a document-level
 * print rule hides everything that neither is the guide nor contains it. It is
 * removed on `afterprint`. A guide inside another shadow root is left to print
 * as the page prints: the rule could not see it there.
 */

/** Marks the guide being printed. */
export const PRINTING_ATTRIBUTE = 'data-microneedle-guide-printing';

const sheets = new WeakMap<Document, CSSStyleSheet>();

function isolationSheet(doc: Document): CSSStyleSheet | undefined {
  let sheet = sheets.get(doc);
  if (sheet) return sheet;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('adoptedStyleSheets' in doc)) return undefined;
  try {
    sheet = new view.CSSStyleSheet();
    const on = `[${PRINTING_ATTRIBUTE}]`;
    sheet.replaceSync(`@media print {
      body :not(${on}, ${on} *, :has(${on})) { display: none !important; }
      ${on} { margin: 0 !important; }
    }`);
  } catch {
    return undefined;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Prints the aftercare card of the guide `host`. Never throws into the page. */
export function printAftercare(host: Element): void {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const sheet = host.getRootNode() === doc ? isolationSheet(doc) : undefined;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  host.setAttribute(PRINTING_ATTRIBUTE, '');
  const cleanUp = () => {
    host.removeAttribute(PRINTING_ATTRIBUTE);
    if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  view.addEventListener('afterprint', cleanUp, {once: true});
  try {
    view.print();
  } catch {
    view.removeEventListener('afterprint', cleanUp);
    cleanUp();
  }
}
