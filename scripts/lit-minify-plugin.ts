import ts from 'typescript';
import type {Plugin} from 'vite';

/**
 * Minifies the static text of Lit's tagged templates in src/ for the CDN builds: the
 * bundler's minifier leaves template literals as written. In `css` templates, comments
 * go and whitespace collapses (none is kept around `{ } ; , >` or after `:`); in `html` and `svg`
 * templates, a run of whitespace with a line break becomes one space, which HTML reads
 * the same (no template uses `<pre>` or `white-space: pre`). Interpolations are kept
 * as they are. The tests run the sources; test/embed-*.test.mjs run the built files.
 */
export function litMinify(): Plugin {
  return {
    name: 'microneedle-guide:lit-minify',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/[\\/]src[\\/].*\.ts$/.test(file) || !/\b(css|html|svg)`/.test(code)) return null;
      const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits: {start: number; end: number; text: string}[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['css', 'html', 'svg'].includes(node.tag.text)) {
          const minify = node.tag.text === 'css' ? minifyCss : minifyMarkup;
          const template = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const part of parts) {
            // The literal's raw text, between its delimiters (` or } before, ` or ${ after).
            const start = part.getStart(source) + 1;
            const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
            const raw = code.slice(start, end);
            const text = minify(raw);
            if (text !== raw) edits.push({start, end, text});
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (!edits.length) return null;
      let out = code;
      for (const {start, end, text} of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}

function minifyCss(raw: string): string {
  // Quoted strings (content: ': ') stay as written; only the text between them is minified.
  return raw
    .replace(/\/\*[^]*?\*\//g, '')
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            // A colon followed by a space only ends a property name or a media feature name.
            .replace(/: /g, ':')
    )
    .join('')
    .replace(/;}/g, '}');
}

function minifyMarkup(raw: string): string {
  return raw.replace(/\s*\n\s*/g, ' ');
}
