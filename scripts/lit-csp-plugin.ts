import type {Plugin} from 'vite';

/** The Trusted Types policy name the CDN builds give Lit (README's CSP section quotes it). */
export const POLICY_NAME = 'microneedle-guide';

const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;

/**
 * Edits lit-html's production module (node_modules/lit-html/lit-html.js) in a CDN build.
 * Each edit must match exactly once; if a Lit update changes the code, the build fails
 * here instead of shipping a bundle that breaks on strict pages.
 */
function editLitHtml(
  name: string,
  edits: (edit: (what: string, pattern: RegExp, replace: (...groups: string[]) => string) => void) => string | void
): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      if (!LIT_HTML.test(id.split('?')[0])) return null;
      let out = code;
      const edit = (what: string, pattern: RegExp, replace: (...groups: string[]) => string) => {
        const matches = out.match(new RegExp(pattern.source, 'g'));
        if (matches?.length !== 1) {
          this.error(`${name}: expected one ${what} in ${id}, found ${matches?.length ?? 0}; Lit changed, update scripts/lit-csp-plugin.ts`);
        }
        out = out.replace(pattern, (_whole, ...groups: string[]) => replace(...groups));
      };
      const prefix = edits(edit) ?? '';
      return {code: prefix + out, map: null};
    },
  };
}

/**
 * The default CDN builds (module and classic): stock Lit, with its Trusted Types policy
 * renamed from `lit-html` to `microneedle-guide`. The guide then works under
 * `require-trusted-types-for 'script'; trusted-types microneedle-guide` and never collides
 * with a host page's own `lit-html` policy (a second policy of one name throws unless the
 * page allows 'allow-duplicates').
 */
export function litPolicyName(policy = POLICY_NAME): Plugin {
  return editLitHtml('microneedle-guide:lit-policy-name', (edit) => {
    edit('lit-html policy', /\.createPolicy\("lit-html",/, () => `.createPolicy(${JSON.stringify(policy)},`);
  });
}

/**
 * The opt-in strict build (dist/microneedle-guide.strict.js): renders under
 * `require-trusted-types-for 'script'; trusted-types 'none'`.
 *
 * lit-html creates a Trusted Types policy named `lit-html` when the module loads
 * and writes each prepared template through `template.innerHTML`. Under
 * `trusted-types 'none'` the policy is refused, the module throws, and nothing
 * renders. This plugin edits lit-html's production module:
 *
 * - no policy is created (nothing to refuse, no violation reported);
 * - `Template.createElement` builds the template with src/csp/parse-template.ts,
 *   which uses DOM calls instead of an HTML sink;
 * - Lit's markers use `:` instead of `$` (`b0:lit:`, `lit:123:`), so every
 *   attribute name the parser sets is a valid XML name, which older browsers
 *   require of `setAttribute`.
 */
export function litStrictCsp(parserModule: string): Plugin {
  return editLitHtml('microneedle-guide:lit-strict-csp', (edit) => {
    let suffixName = '';
    edit('lit-html policy', /(\w+)=(\w+)\?\2\.createPolicy\("lit-html",\{createHTML:(\w+)=>\3\}\):void 0/, (policy) => `${policy}=void 0`);
    edit('bound attribute suffix', /(\w+)="\$lit\$"/, (name) => {
      suffixName = name;
      return `${name}=":lit:"`;
    });
    edit('marker', /`lit\$\$\{Math\.random\(\)\.toFixed\(9\)\.slice\(2\)\}\$`/, () => '`lit:${Math.random().toFixed(9).slice(2)}:`');
    edit(
      'Template.createElement',
      /static createElement\((\w+),(\w+)\)\{const (\w+)=(\w+)\.createElement\("template"\);return \3\.innerHTML=\1,\3\}/,
      (html) => `static createElement(${html}){return __mngParseTemplate(${html},${suffixName})}`
    );
    return `import {parseTemplate as __mngParseTemplate} from ${JSON.stringify(parserModule)};\n`;
  });
}
