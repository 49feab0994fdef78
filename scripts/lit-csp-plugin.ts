import type {Plugin} from 'vite';

/**
 * Makes the CDN bundle render under `require-trusted-types-for 'script'; trusted-types 'none'`.
 *
 * lit-html creates a Trusted Types policy named `lit-html` when the module loads
 * and writes each prepared template through `template.innerHTML`. Under
 * `trusted-types 'none'` the policy is refused, the module throws, and nothing
 * renders. In the CDN build only, this plugin edits lit-html's production module:
 *
 * - no policy is created (nothing to refuse, no violation reported);
 * - `Template.createElement` builds the template with src/csp/parse-template.ts,
 *   which uses DOM calls instead of an HTML sink;
 * - Lit's markers use `:` instead of `$` (`b0:lit:`, `lit:123:`), so every
 *   attribute name the parser sets is a valid XML name, which older browsers
 *   require of `setAttribute`.
 *
 * Each edit must apply exactly once; if a Lit update changes the code, the build
 * fails here instead of shipping a bundle that breaks on strict pages.
 */
export function litStrictCsp(parserModule: string): Plugin {
  return {
    name: 'microneedle-guide:lit-strict-csp',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/.test(id.split('?')[0])) return null;
      let out = code;
      const edit = (what: string, pattern: RegExp, replace: (...groups: string[]) => string) => {
        const matches = out.match(new RegExp(pattern.source, 'g'));
        if (matches?.length !== 1) {
          this.error(`lit-strict-csp: expected one ${what} in ${id}, found ${matches?.length ?? 0}; Lit changed, update scripts/lit-csp-plugin.ts`);
        }
        out = out.replace(pattern, (_whole, ...groups: string[]) => replace(...groups));
      };
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
      return {code: `import {parseTemplate as __mngParseTemplate} from ${JSON.stringify(parserModule)};\n${out}`, map: null};
    },
  };
}
