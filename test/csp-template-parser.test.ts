import {prepareTemplateHtml} from './support/collect-lit-templates.js';
import {expect} from '@open-wc/testing';
import {parseTemplate} from '../src/csp/parse-template.js';

/**
 * Every `html` and `svg` template in src/, extracted statically with the TypeScript compiler API
 * (scripts/lit-templates.mjs, served by web-test-runner.config.mjs): a new template cannot escape.
 */
interface SourceTemplate {
  file: string;
  line: number;
  type: 'html' | 'svg' | 'mathml';
  strings: string[];
  raw: string[];
}
const sourceTemplates: SourceTemplate[] = await (await fetch('/__lit-templates.json')).json();

/**
 * Lit's bound-attribute suffix and markers as the strict build (dist/microneedle-guide.strict.js) writes them (scripts/lit-csp-plugin.ts):
 * `:` for `$`, so every attribute name the parser sets is a valid XML name. WebKit's `setAttribute`
 * still demands one (it throws on `b0$lit$`, where Chromium and Firefox now accept it).
 */
const SUFFIX = ':lit:';
const asCdnBuild = (source: string) => source.replaceAll('$lit$', SUFFIX).replace(/lit\$(\d+)\$/g, 'lit:$1:');

/** The browser's own parse, the reference (this test page has no Trusted Types enforcement). */
function nativeParse(source: string): HTMLTemplateElement {
  const template = document.createElement('template');
  template.innerHTML = source;
  return template;
}

/**
 * A canonical dump of a node tree: namespace, name, attributes in order, text,
 * comments. Bound-attribute names are replaced by the suffix, since the parser
 * renames them on purpose (Lit takes the real names from the template strings).
 */
function dump(node: Node, depth = 0): string {
  const pad = '  '.repeat(depth);
  const children = (parent: Node) =>
    [...(parent instanceof HTMLTemplateElement ? parent.content : parent).childNodes].map((child) => dump(child, depth + 1)).join('');
  if (node instanceof DocumentFragment) return children(node);
  if (node.nodeType === Node.TEXT_NODE) return `${pad}#text ${JSON.stringify((node as Text).data)}\n`;
  if (node.nodeType === Node.COMMENT_NODE) return `${pad}#comment ${JSON.stringify((node as Comment).data)}\n`;
  const el = node as Element;
  const ns = el.namespaceURI?.split('/').pop();
  const attributes = [...el.attributes]
    .map((a) => `${a.namespaceURI ? `{${a.namespaceURI.split('/').pop()}}` : ''}${a.name.endsWith(SUFFIX) ? SUFFIX : a.name}=${JSON.stringify(a.value)}`)
    .join(' ');
  return `${pad}<${ns}:${el.localName}${attributes ? ` ${attributes}` : ''}>\n${children(el)}`;
}

function expectSameAsBrowser(source: string) {
  const cdn = asCdnBuild(source);
  expect(dump(parseTemplate(cdn, SUFFIX).content), cdn).to.equal(dump(nativeParse(cdn).content));
}

/** Every attribute name the parser creates must be a valid XML Name, which older browsers demand of setAttribute. */
function attributeNames(node: Node): string[] {
  const names: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element) names.push(...n.getAttributeNames());
    for (const child of n instanceof HTMLTemplateElement ? n.content.childNodes : n.childNodes) walk(child);
  };
  walk(node);
  return names;
}

describe('template parser for the strict-CSP build', () => {
  const cases: Record<string, string> = {
    'elements, text and attributes': '<div class="a b" id=x data-y=\'1\' hidden><p>Hi <b>there</b></p></div>',
    'lit markers and bound attributes': `<button type="button" @click${SUFFIX}="lit$1$" ?disabled${SUFFIX}="lit$1$" .value${SUFFIX}="lit$1$">x<?lit$1$></button><?lit$1$>`,
    'a binding inside an attribute with static text': `<a class${SUFFIX}="one lit$1$ two lit$1$" href="/x">t</a>`,
    'an element binding': '<div lit$1$0></div>',
    'comments, doctype and odd comments': '<!-- a --><!----><!--><!-- b -- c --><!doctype html><p>x</p></ 1>',
    'character references': '<p title="a &amp; b &quot;c&quot;">&lt;tag&gt; &amp; &nbsp;&mdash;&#8211;&#x2019;&copy; &unknownentity; AT&T</p>',
    'void and self-closing elements': '<p>a<br>b<br/>c<img src="x.png" alt=""><input type=checkbox checked></p><div/>inside</div>',
    'implied end tags': '<ul><li>one<li>two<li><span>three</ul><dl><dt>t<dd>d<dt>t2</dl><p>a<p>b<div>c</div><h2>h<h3>x</h3>',
    'tables with implied tbody': '<table><tr><th>a<th>b</tr><tr><td>1<td>2</table><table><thead><tr><td>x</td></tr></thead><tbody><tr><td>y</td></tr></tbody></table><table><col><caption>c</caption></table>',
    'select options': '<select><option value=1>a<option value=2 selected>b<optgroup label=g><option>c</select>',
    'svg with case and namespaces': '<svg viewBox="0 0 24 24" xmlns:xlink="http://www.w3.org/1999/xlink"><clippath id=c><rect width=1 height=1 /></clippath><lineargradient gradientunits="userSpaceOnUse"/><use xlink:href="#c"/><foreignObject><p>html</p></foreignObject><path d="M0 0"/></svg><p>after</p>',
    'lit svg wrapper with markers': '<svg><circle cx="12" cy="12" r="9"/><?lit$1$><path d="M12 11v6"/></svg>',
    'mathml': '<math><mi>x</mi><mo>=</mo><mn>1</mn><annotation-xml encoding="text/html"><b>b</b></annotation-xml></math>',
    'raw text and newlines': '<style>a > b { color: red }</style><textarea>\nline &amp; </textarea><pre>\n\nkeep</pre><title>a &lt; b</title>',
    'nested template elements': '<template><li>x</li></template><div><template id=t><span>y</span></template></div>',
    'stray end tags': '<div>a</span>b</p></br></div></section>c',
    'whitespace and CRLF': '  <div>\r\n  <span> x </span>\r</div>\t',
    'unquoted and empty attributes': '<input value= a name ="b" disabled="" placeholder=>',
    'headings and paragraphs': '<p>a<h1>t</h1><h2>one<h3>two</h3><p>x<table><tr><td>y</td></tr></table>',
    'lists closing across inline elements': '<ol><li><a href=#>one</a><li><em>two</em></ol>',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`matches the browser parser: ${name}`, () => expectSameAsBrowser(source));
  }

  it('gives bound attributes unique names that any browser accepts, in source order', () => {
    const source = `<button @click${SUFFIX}="lit$1$" .value${SUFFIX}="lit$1$" class="x" ?hidden${SUFFIX}="lit$1$"></button>`;
    const names = attributeNames(parseTemplate(source, SUFFIX).content);
    expect(names).to.have.length(4);
    expect(names.filter((n) => n.endsWith(SUFFIX))).to.deep.equal([`b0${SUFFIX}`, `b1${SUFFIX}`, `b2${SUFFIX}`]);
    expect(names[2]).to.equal('class');
  });

  it('finds every template in src/ (more than 100 today, html and svg)', () => {
    expect(sourceTemplates.length).to.be.greaterThan(100);
    expect(new Set(sourceTemplates.map((t) => t.type))).to.deep.equal(new Set(['html', 'svg']));
  });

  // Each template as Lit joins it (lit-html's own Template, markers and bound-attribute suffixes included),
  // then as the strict build renames the markers, through the builder and through the browser's parser.
  for (const template of sourceTemplates) {
    it(`matches the browser parser: ${template.type} template at ${template.file}:${template.line}`, () => {
      const source = prepareTemplateHtml(template.strings, template.raw, template.type);
      expectSameAsBrowser(source);
      // Outside Lit's own markers (renamed by the strict build), every attribute name is a plain XML name.
      const names = attributeNames(parseTemplate(asCdnBuild(source), SUFFIX).content);
      const xmlName = /^[A-Za-z_:][-A-Za-z0-9._:]*$/;
      expect(names.filter((n) => !n.endsWith(SUFFIX) && !/^lit:/.test(n) && !xmlName.test(n))).to.deep.equal([]);
    });
  }
});
