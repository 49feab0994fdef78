/**
 * Builds Lit's `<template>` element from its prepared template HTML with DOM calls
 * only: no `innerHTML`, `DOMParser` or `createContextualFragment`, the HTML sinks
 * Trusted Types guards. The opt-in strict build (dist/microneedle-guide.strict.js) routes
 * lit-html's `Template.createElement` here (see scripts/lit-csp-plugin.ts), so the guide renders on pages that send
 * `require-trusted-types-for 'script'; trusted-types 'none'`, where Lit's own
 * `lit-html` policy may not even be created.
 *
 * It follows the HTML parsing rules for what templates use: elements, quoted,
 * unquoted and boolean attributes, character references, comments (Lit's
 * `<?marker>` is a bogus comment), void and raw-text elements, SVG and MathML with
 * their case and namespace adjustments, the usual implied end tags (p, li, dt,
 * dd, option, table rows and cells, headings) and implied `tbody`/`tr`/`colgroup`.
 * Not covered, because no template of ours relies on them: foster parenting of
 * text inside tables, adoption-agency repair of misnested formatting tags, and
 * HTML tags breaking out of SVG. test/csp-template-parser.test.ts compares the
 * result with the browser's own parser for every `html` and `svg` template in src/.
 *
 * Attributes whose names end in Lit's bound-attribute suffix (`@click`, `.value`,
 * `?hidden` plus suffix) are stored under short generated names with the same
 * suffix: Lit reads their real names from the template strings, and generated
 * names stay valid for `setAttribute` in browsers that check XML name rules.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
const MATHML_NS = 'http://www.w3.org/1998/Math/MathML';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

const words = (list: string) => new Set(list.split(' '));
const caseMap = (list: string) => new Map(list.split(' ').map((name) => [name.toLowerCase(), name]));

const VOID = words('area base br col embed hr img input link meta source track wbr param keygen basefont bgsound frame');
/** Raw text: no tags inside; only the escapable ones decode character references. */
const RAW_TEXT = words('script style xmp iframe noembed noframes');
const ESCAPABLE_RAW_TEXT = words('textarea title');
const DROPS_LEADING_NEWLINE = words('pre textarea listing');
const CLOSES_P = words(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr listing main menu nav ol p pre search section summary table ul xmp'
);
const HEADINGS = words('h1 h2 h3 h4 h5 h6');
/** Elements that stop the search for an open `li`, `dt` or `dd` (the spec's "special" minus address, div, p). */
const SPECIAL = words(
  'applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input li link listing main marquee menu meta nav noembed noframes noscript object ol plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp'
);
/** Elements that end "button scope", the scope an open `p` is looked for in. */
const BUTTON_SCOPE = words(
  'applet caption html table td th marquee object template button mi mo mn ms mtext annotation-xml foreignObject desc'
);
/** Elements that end the default scope, the one block end tags look for their element in. */
const DEFAULT_SCOPE = words('applet caption html table td th marquee object template');
const TABLE_SECTIONS = words('tbody thead tfoot');
const TABLE_PARTS = words('table tbody thead tfoot tr td th caption colgroup');
const SVG_TAGS = caseMap(
  'altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient radialGradient textPath'
);
const SVG_ATTRIBUTES = caseMap(
  'attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits diffuseConstant edgeMode filterUnits glyphRef gradientTransform gradientUnits kernelMatrix kernelUnitLength keyPoints keySplines keyTimes lengthAdjust limitingConeAngle markerHeight markerUnits markerWidth maskContentUnits maskUnits numOctaves pathLength patternContentUnits patternTransform patternUnits pointsAtX pointsAtY pointsAtZ preserveAlpha preserveAspectRatio primitiveUnits refX refY repeatCount repeatDur requiredExtensions requiredFeatures specularConstant specularExponent spreadMethod startOffset stdDeviation stitchTiles surfaceScale systemLanguage tableValues targetX targetY textLength viewBox viewTarget xChannelSelector yChannelSelector zoomAndPan'
);
/** Named character references templates are likely to use; others are left as written. */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', hellip: '\u2026', middot: '\u00b7',
  bull: '\u2022', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', times: '\u00d7', divide: '\u00f7',
  minus: '\u2212', plusmn: '\u00b1', le: '\u2264', ge: '\u2265', ne: '\u2260', larr: '\u2190', rarr: '\u2192',
  uarr: '\u2191', darr: '\u2193', harr: '\u2194', euro: '\u20ac', pound: '\u00a3', micro: '\u00b5', sect: '\u00a7',
  para: '\u00b6', check: '\u2713', half: '\u00bd', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
};

const TAG_NAME = /[^\t\n\f\r />]+/y;
const ATTRIBUTE_NAME = /[^\t\n\f\r />][^\t\n\f\r /=>]*/y;
const UNQUOTED_VALUE = /[^\t\n\f\r >]*/y;
const SPACE = /[\t\n\f\r ]*/y;
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([a-zA-Z][a-zA-Z0-9]*);)/g;

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (whole, hex?: string, decimal?: string, name?: string) => {
    if (name !== undefined) return Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : whole;
    const code = parseInt(hex ?? decimal ?? '', hex !== undefined ? 16 : 10);
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
  });
}

/** `name` without the namespace's case adjustment, for comparing tags. */
const plain = (el: Element) => el.localName.toLowerCase();

function childNamespace(parent: Element | null, tag: string): string {
  const ns = parent ? parent.namespaceURI : HTML_NS;
  if (ns === SVG_NS) {
    const name = parent!.localName;
    return name === 'foreignObject' || name === 'desc' || name === 'title' ? HTML_NS : SVG_NS;
  }
  if (ns === MATHML_NS) {
    const name = parent!.localName;
    if (name === 'annotation-xml' && tag === 'svg') return SVG_NS;
    if (/^m[ions]$|^mtext$/.test(name) && tag !== 'mglyph' && tag !== 'malignmark') return HTML_NS;
    if (name === 'annotation-xml' && /^text\/html$|^application\/xhtml\+xml$/i.test(parent!.getAttribute('encoding') ?? '')) {
      return HTML_NS;
    }
    return MATHML_NS;
  }
  return tag === 'svg' ? SVG_NS : tag === 'math' ? MATHML_NS : HTML_NS;
}

const FOREIGN_ATTRIBUTES = new Map<string, string>([
  ...'actuate arcrole href role show title type'.split(' ').map((name): [string, string] => [`xlink:${name}`, XLINK_NS]),
  ['xml:lang', XML_NS],
  ['xml:space', XML_NS],
  ['xmlns', XMLNS_NS],
  ['xmlns:xlink', XMLNS_NS],
]);

function setAttribute(el: Element, name: string, value: string): void {
  if (el.namespaceURI !== HTML_NS) {
    const ns = FOREIGN_ATTRIBUTES.get(name);
    if (ns) return el.setAttributeNS(ns, name, value);
    if (el.namespaceURI === SVG_NS) name = SVG_ATTRIBUTES.get(name) ?? name;
    else if (name === 'definitionurl') name = 'definitionURL';
  }
  el.setAttribute(name, value);
}

export function parseTemplate(html: string, boundAttributeSuffix: string): HTMLTemplateElement {
  const doc = document;
  const template = doc.createElement('template');
  const root = template.content;
  /** Open elements, innermost last. */
  const open: Element[] = [];
  const source = html.replace(/\r\n?/g, '\n');
  let bound = 0;
  let dropNewline = false;

  const current = (): Element | null => open[open.length - 1] ?? null;
  const container = (): Node => {
    const el = current();
    return el ? (plain(el) === 'template' && el.namespaceURI === HTML_NS ? (el as HTMLTemplateElement).content : el) : root;
  };
  const isHtml = (el: Element | null, ...names: string[]) =>
    !!el && el.namespaceURI === HTML_NS && names.includes(el.localName);
  const openIndex = (name: string, scope: Set<string>): number => {
    for (let i = open.length - 1; i >= 0; i--) {
      const el = open[i];
      if (el.namespaceURI === HTML_NS && el.localName === name) return i;
      if (scope.has(el.localName) || el.namespaceURI !== HTML_NS) return -1;
    }
    return -1;
  };
  const closeOpenP = () => {
    const at = openIndex('p', BUTTON_SCOPE);
    if (at >= 0) open.length = at;
  };

  const text = (data: string) => {
    if (dropNewline && data.startsWith('\n')) data = data.slice(1);
    dropNewline = false;
    if (!data) return;
    const parent = container();
    const last = parent.lastChild;
    if (last?.nodeType === 3) (last as Text).appendData(data);
    else parent.appendChild(doc.createTextNode(data));
  };
  const comment = (data: string) => {
    dropNewline = false;
    container().appendChild(doc.createComment(data));
  };

  /** Implied end tags and implied parents the HTML tree builder adds before `tag` starts. */
  const beforeStart = (tag: string) => {
    const el = current();
    if (el && el.namespaceURI !== HTML_NS) return;
    if (CLOSES_P.has(tag) || tag === 'li' || tag === 'dd' || tag === 'dt') {
      if (tag === 'li' || tag === 'dd' || tag === 'dt') {
        const targets = tag === 'li' ? ['li'] : ['dd', 'dt'];
        for (let i = open.length - 1; i >= 0; i--) {
          const node = open[i];
          if (node.namespaceURI === HTML_NS && targets.includes(node.localName)) {
            open.length = i;
            break;
          }
          if (node.namespaceURI !== HTML_NS || (SPECIAL.has(node.localName) && !/^(?:address|div|p)$/.test(node.localName))) break;
        }
      }
      if (tag !== 'table' || open.some((node) => isHtml(node, 'p'))) closeOpenP();
      if (HEADINGS.has(tag) && isHtml(current(), ...HEADINGS)) open.pop();
    }
    if (tag === 'option' && isHtml(current(), 'option')) open.pop();
    if (tag === 'optgroup') {
      if (isHtml(current(), 'option')) open.pop();
      if (isHtml(current(), 'optgroup')) open.pop();
    }
    if (tag === 'td' || tag === 'th') {
      if (isHtml(current(), 'td', 'th')) open.pop();
      if (isHtml(current(), 'table')) start('tbody', []);
      if (isHtml(current(), 'tbody', 'thead', 'tfoot')) start('tr', []);
    } else if (tag === 'tr') {
      if (isHtml(current(), 'td', 'th')) open.pop();
      if (isHtml(current(), 'tr')) open.pop();
      if (isHtml(current(), 'table')) start('tbody', []);
    } else if (TABLE_SECTIONS.has(tag) || tag === 'caption' || tag === 'colgroup') {
      while (isHtml(current(), 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'colgroup')) open.pop();
    } else if (tag === 'col' && isHtml(current(), 'table')) {
      start('colgroup', []);
    }
  };

  const start = (tag: string, attributes: [string, string][]): Element => {
    const parent = current();
    const ns = childNamespace(parent, tag);
    const el =
      ns === HTML_NS
        ? doc.createElement(tag)
        : doc.createElementNS(ns, ns === SVG_NS ? (SVG_TAGS.get(tag) ?? tag) : tag);
    const seen = new Set<string>();
    for (const [name, value] of attributes) {
      if (seen.has(name)) continue;
      seen.add(name);
      try {
        if (name.endsWith(boundAttributeSuffix)) el.setAttribute(`b${bound++}${boundAttributeSuffix}`, value);
        else setAttribute(el, name, value);
      } catch {
        // A name the DOM rejects is a typo in our own template; rendering the rest beats throwing into the page.
      }
    }
    container().appendChild(el);
    open.push(el);
    return el;
  };

  /** An end tag: pops to the matching open element when the HTML rules would find it, else ignores it. */
  const endTag = (tag: string) => {
    if (tag === 'br') {
      start('br', []);
      open.pop();
      return;
    }
    if (tag === 'p' && openIndex('p', BUTTON_SCOPE) < 0) {
      start('p', []);
      open.pop();
      return;
    }
    const table = TABLE_PARTS.has(tag);
    const block = CLOSES_P.has(tag) || /^(?:li|dd|dt|button|p)$/.test(tag);
    for (let at = open.length - 1; at >= 0; at--) {
      const node = open[at];
      if (plain(node) === tag) {
        open.length = at;
        return;
      }
      if (node.namespaceURI !== HTML_NS) continue;
      const name = node.localName;
      if (table ? name === 'table' || name === 'template' : block ? DEFAULT_SCOPE.has(name) : SPECIAL.has(name) || /^(?:address|div|p)$/.test(name)) {
        return;
      }
    }
  };

  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      text(decode(source.slice(i)));
      break;
    }
    if (lt > i) text(decode(source.slice(i, lt)));
    i = lt;
    const next = source[i + 1] ?? '';
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      // `<!-->` and `<!--->` are empty comments; an unclosed comment runs to the end.
      const abrupt = /^<!---?>/.exec(source.slice(i, i + 6));
      if (abrupt) {
        comment('');
        i += abrupt[0].length;
      } else {
        comment(source.slice(i + 4, end === -1 ? source.length : end));
        i = end === -1 ? source.length : end + 3;
      }
      continue;
    }
    if (next === '?' || next === '!' || (next === '/' && !/[a-zA-Z>]/.test(source[i + 2] ?? ''))) {
      // Bogus comments: Lit's `<?marker>` node markers, `<!doctype>`, `</ 1>`.
      const end = source.indexOf('>', i + 1);
      const data = source.slice(i + (next === '?' ? 1 : 2), end === -1 ? source.length : end);
      if (!/^doctype/i.test(data)) comment(data);
      i = end === -1 ? source.length : end + 1;
      continue;
    }
    if (next === '/') {
      if (source[i + 2] === '>') {
        i += 3;
        continue;
      }
      TAG_NAME.lastIndex = i + 2;
      const tag = TAG_NAME.exec(source)![0].toLowerCase();
      const end = source.indexOf('>', TAG_NAME.lastIndex);
      i = end === -1 ? source.length : end + 1;
      endTag(tag);
      dropNewline = false;
      continue;
    }
    if (!/[a-zA-Z]/.test(next)) {
      text('<');
      i += 1;
      continue;
    }

    // A start tag.
    TAG_NAME.lastIndex = i + 1;
    const tag = TAG_NAME.exec(source)![0].toLowerCase();
    let at = TAG_NAME.lastIndex;
    const attributes: [string, string][] = [];
    let selfClosing = false;
    for (;;) {
      SPACE.lastIndex = at;
      SPACE.exec(source);
      at = SPACE.lastIndex;
      const c = source[at];
      if (c === undefined) break;
      if (c === '>') {
        at += 1;
        break;
      }
      if (c === '/') {
        at += 1;
        if (source[at] === '>') {
          selfClosing = true;
          at += 1;
          break;
        }
        continue;
      }
      ATTRIBUTE_NAME.lastIndex = at;
      const name = ATTRIBUTE_NAME.exec(source)![0].toLowerCase();
      at = ATTRIBUTE_NAME.lastIndex;
      SPACE.lastIndex = at;
      SPACE.exec(source);
      let value = '';
      if (source[SPACE.lastIndex] === '=') {
        SPACE.lastIndex += 1;
        SPACE.exec(source);
        at = SPACE.lastIndex;
        const quote = source[at];
        if (quote === '"' || quote === "'") {
          const end = source.indexOf(quote, at + 1);
          value = source.slice(at + 1, end === -1 ? source.length : end);
          at = end === -1 ? source.length : end + 1;
        } else {
          UNQUOTED_VALUE.lastIndex = at;
          value = UNQUOTED_VALUE.exec(source)![0];
          at = UNQUOTED_VALUE.lastIndex;
        }
      }
      attributes.push([name, decode(value)]);
    }
    i = at;

    beforeStart(tag);
    const el = start(tag, attributes);
    const foreign = el.namespaceURI !== HTML_NS;
    if (foreign ? selfClosing : VOID.has(tag)) {
      open.pop();
      continue;
    }
    dropNewline = !foreign && DROPS_LEADING_NEWLINE.has(tag);
    if (!foreign && (RAW_TEXT.has(tag) || ESCAPABLE_RAW_TEXT.has(tag))) {
      const close = new RegExp(`</${tag}[\\t\\n\\f\\r />]`, 'ig');
      close.lastIndex = i;
      const found = close.exec(source);
      const end = found ? found.index : source.length;
      const raw = source.slice(i, end);
      text(ESCAPABLE_RAW_TEXT.has(tag) ? decode(raw) : raw);
      dropNewline = false;
      open.pop();
      i = found ? source.indexOf('>', end) + 1 || source.length : source.length;
    }
  }
  return template;
}

/** For tests: the namespaces the parser places elements in. */
export const NAMESPACES = {HTML_NS, SVG_NS, MATHML_NS} as const;
