/**
 * What the packed tarball ships: the exports map, the manifest generated from
 * JSDoc, README's reference tables checked against that manifest (both ways),
 * and the shape of both builds.
 */
import {before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {brotliCompressSync, gzipSync} from 'node:zlib';
import {paths, root} from './support/embed-context.mjs';

let manifest;
let element;
let pkg;
let packed;

before(async () => {
  [manifest, pkg, packed] = await Promise.all([
    readFile(paths.manifest, 'utf8').then(JSON.parse),
    readFile(path.join(paths.pkg, 'package.json'), 'utf8').then(JSON.parse),
    readFile(paths.packedFiles, 'utf8').then(JSON.parse),
  ]);
  element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'microneedle-guide');
});

/**
 * The first column of the first table under a README heading matching
 * `heading`: the backticked names in it. Rows whose first cell has no
 * backticked name (a property without an attribute, written "—") are skipped.
 */
export function readmeTableNames(readme, heading) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => /^#{2,4}\s/.test(line) && heading.test(line.replace(/^#+\s*/, '')));
  if (start < 0) return undefined;
  const names = [];
  let inTable = false;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,4}\s/.test(line)) break;
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const first = line.split('|')[1]?.trim() ?? '';
    if (/^-+$|^:?-+:?$/.test(first)) continue;
    const name = /^`([^`]+)`/.exec(first)?.[1];
    if (name) names.push(name);
  }
  return names;
}

function compare(label, inReadme, inManifest) {
  assert.ok(inReadme, `README has a table under a "${label}" heading`);
  const readmeSet = new Set(inReadme);
  const manifestSet = new Set(inManifest);
  const undocumented = [...manifestSet].filter((n) => !readmeSet.has(n));
  const stale = [...readmeSet].filter((n) => !manifestSet.has(n));
  assert.deepEqual(
    {undocumented, stale},
    {undocumented: [], stale: []},
    `${label}: "undocumented" are in custom-elements.json but missing from README; "stale" are in README but not in the JSDoc`
  );
}

describe('package contents and the custom elements manifest', () => {
  test('custom-elements.json describes <microneedle-guide> and package.json declares it', () => {
    assert.ok(element, 'the manifest has a declaration with tagName microneedle-guide');
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(packed.includes('custom-elements.json'));
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
    const definition = manifest.modules
      .flatMap((m) => m.exports ?? [])
      .find((e) => e.kind === 'custom-element-definition' && e.name === 'microneedle-guide');
    assert.ok(definition, 'the manifest says which module registers the tag');
    for (const event of element.events) assert.ok(event.description, `event ${event.name} is documented`);
    for (const attribute of element.attributes) assert.ok(attribute.type?.text, `attribute ${attribute.name} has a type`);
    for (const part of element.cssParts) assert.ok(part.description, `part ${part.name} is documented`);
    // Every attribute sets a public property, never a private mirror field (lang, share-verdict, loading).
    for (const attribute of element.attributes) {
      const member = element.members.find((m) => m.name === attribute.fieldName);
      assert.ok(member && member.privacy !== 'private', `attribute ${attribute.name} sets the public ${attribute.fieldName}`);
    }
    assert.equal(element.attributes.find((a) => a.name === 'lang')?.fieldName, 'lang');
    assert.deepEqual(element.members.filter((m) => m.privacy === 'private' && m.attribute), [], 'no private field backs an attribute');
  });

  test("README's reference tables match the manifest: attributes, events, CSS parts, custom properties", async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    compare('Attributes', readmeTableNames(readme, /^Attributes/i), element.attributes.map((a) => a.name));
    compare('Events', readmeTableNames(readme, /^Events/i), element.events.map((e) => e.name));
    compare('CSS parts', readmeTableNames(readme, /^CSS parts/i), element.cssParts.map((p) => p.name));
    compare(
      'CSS custom properties',
      readmeTableNames(readme, /custom properties/i),
      (element.cssProperties ?? []).map((p) => p.name)
    );
  });

  test('the exports map points at shipped files, and the registering entry is the only side effect besides the CDN module files', () => {
    const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
    for (const target of targets) {
      const file = target.replace(/^\.\//, '');
      if (file !== 'package.json') assert.ok(packed.includes(file), `${target} is in the tarball`);
    }
    assert.deepEqual(Object.keys(pkg.exports), [
      '.',
      './element',
      './rules',
      './react',
      './types/react',
      './types/preact',
      './types/solid',
      './types/vue',
      './custom-elements.json',
      './package.json',
    ]);
    assert.equal(pkg.types, './dist/lib/index.d.ts');
    assert.deepEqual(pkg.sideEffects, ['./dist/lib/index.js', './dist/lib/react.js', './dist/microneedle-guide.js', './dist/microneedle-guide.strict.js']);
    assert.equal(pkg.peerDependenciesMeta?.react?.optional, true);
    assert.ok(pkg.dependencies['@lit/react'] && pkg.dependencies.lit);
    // The guide carries its own copy of @lit/localize (bundled), so a host's configuration never collides with it.
    assert.equal(pkg.dependencies['@lit/localize'], undefined);
    assert.deepEqual(packed.filter((f) => f.includes('node_modules')), [], 'no node_modules folder in the tarball');
    assert.deepEqual(packed.filter((f) => /^(src|test|demo|scripts)\//.test(f)), [], 'no sources, tests or demos in the tarball');
  });

  test('the npm build imports Lit; the CDN module has Lit inside and imports only its own feature chunks', async () => {
    const [index, element, cdn] = await Promise.all([
      readFile(path.join(paths.lib, 'index.js'), 'utf8'),
      readFile(path.join(paths.lib, 'microneedle-guide.js'), 'utf8'),
      readFile(paths.cdn, 'utf8'),
    ]);
    assert.match(index, /defineMicroneedleGuide\(\)/);
    assert.match(element, /from ["']lit["']/);
    assert.doesNotMatch(element, /from ["']@lit\/localize/, 'the npm build does not share @lit/localize with the app');
    assert.match(element, /from ["']\.\/vendor\/@lit\/localize\//, 'it imports its own copy');
    assert.doesNotMatch(element, /litHtmlVersions|createTreeWalker/, 'Lit itself is not copied into the npm build');
    assert.doesNotMatch(cdn, /(?:^|[;}\n])\s*import\s*(?:["'{*]|[\w$]+\s*from)/, 'the CDN file imports nothing statically');
    const dynamic = [...cdn.matchAll(/\bimport\(([^)]*)\)/g)].map((m) => m[1]).sort();
    const chunks = ['care', 'screening', 'overview', 'comparison', 'procedure', 'comfort', 'body-areas', 'frequency', 'device-care', 'language-picker']
      .map((name) => `./microneedle-guide.${name}.js`)
      .concat(['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt-BR', 'zh-Hans'].map((code) => `./microneedle-guide.locale.${code}.js`));
    assert.deepEqual(dynamic, chunks.map((file) => `\`${file}\``).sort(), 'only its chunks, from beside it');
    assert.match(cdn, /litHtmlVersions/, 'Lit is bundled into the CDN file');
    const react = await readFile(path.join(paths.lib, 'react.js'), 'utf8');
    assert.match(react, /defineMicroneedleGuide\(\)/, 'microneedle-guide/react registers the element');
    // microneedle-guide/rules is pure: nothing it imports, however deep, imports Lit or @lit/localize.
    const seen = new Set();
    const visit = async (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = await readFile(file, 'utf8');
      for (const [, spec] of code.matchAll(/\bfrom\s*["']([^"']+)["']/g)) {
        assert.doesNotMatch(spec, /^(?:lit|@lit\/)/, `${path.relative(paths.lib, file)} imports ${spec}`);
        if (spec.startsWith('.')) await visit(path.resolve(path.dirname(file), spec));
      }
    };
    await visit(path.join(paths.lib, 'rules', 'index.js'));
    assert.ok(seen.size > 5, `the rules modules: ${[...seen].length}`);
    const bytes = Buffer.from(cdn);
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    process.stdout.write(
      `# dist/microneedle-guide.js: ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, {level: 9}).length)} gzip, ${kb(brotliCompressSync(bytes).length)} brotli\n`
    );
  });
});
