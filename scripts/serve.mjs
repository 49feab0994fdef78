#!/usr/bin/env node
/**
 * A small static file server for the embed demos and tests.
 *
 * `npm run demo:cdn` (after `npm run build`) serves the project at
 * http://localhost:8080/: `/demo/cdn.html` loads the CDN file from `/dist/`, and
 * the pages under `/demo/csp/` are sent with the strict Content-Security-Policy
 * headers the guide is tested under (`CSP`, chosen per page by `cspHeaders`).
 *
 * Tests import `createStaticServer` and mount their own directories.
 */
import http from 'node:http';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const BASE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; ";

/** The strict policies README's CSP section gives, and the pages that are served with each. */
export const CSP = {
  /** The default CDN files (module and classic): Lit's policy, renamed `microneedle-guide`, is the only one allowed. */
  policy: `${BASE_CSP}require-trusted-types-for 'script'; trusted-types microneedle-guide`,
  /** dist/microneedle-guide.strict.js: no Trusted Types policy at all. */
  none: `${BASE_CSP}require-trusted-types-for 'script'; trusted-types 'none'`,
  /** A host page with a Lit app of its own (its `lit-html` policy) and the guide's default file. */
  host: `${BASE_CSP}require-trusted-types-for 'script'; trusted-types lit-html microneedle-guide`,
};

/**
 * The Content-Security-Policy header for a URL path: `/demo/csp/strict.html` and fixture folders
 * named `csp-none-…` get `CSP.none`, `/demo/csp/host-policy.html` and `csp-host-…` get `CSP.host`,
 * the rest of `/demo/csp/` and `csp-…` folders get `CSP.policy`; other paths none.
 */
export function cspHeaders(urlPath) {
  const page = /^\/demo\/csp\/(?:([\w-]+)\.html)?$/.exec(urlPath)?.[1];
  const fixture = /^\/fixtures\/csp-(?:(none|host)-)?/.exec(urlPath);
  let policy;
  if (page === 'strict' || fixture?.[1] === 'none') policy = CSP.none;
  else if (page === 'host-policy' || fixture?.[1] === 'host') policy = CSP.host;
  else if (urlPath.startsWith('/demo/csp/') || fixture) policy = CSP.policy;
  return policy ? {'content-security-policy': policy} : {};
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * @param {{mounts: Record<string, string>, headers?: (urlPath: string) => Record<string, string>}} options
 *   `mounts` maps URL prefixes (ending in `/`) to directories; the longest prefix wins.
 * @returns {Promise<{server: http.Server, origin: string, close: () => Promise<void>}>}
 */
export async function createStaticServer({mounts, headers = () => ({}), port = 0, host = '127.0.0.1'}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = http.createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (urlPath === '/favicon.ico') {
      response.writeHead(204).end(); // browsers ask for it on every page; no 404 noise in the console
      return;
    }
    const prefix = prefixes.find((p) => urlPath.startsWith(p));
    const base = prefix && path.resolve(mounts[prefix]);
    let file = base && path.resolve(base, `.${urlPath.slice(prefix.length - 1)}`);
    if (!file || (file !== base && !file.startsWith(base + path.sep))) {
      response.writeHead(404).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(urlPath),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  return {
    server,
    origin: `http://${host}:${typeof address === 'object' && address ? address.port : port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const port = Number(process.env.PORT ?? 8080);
  const {origin} = await createStaticServer({
    mounts: {'/': root},
    headers: cspHeaders,
    port,
    host: 'localhost',
  });
  console.log(`CDN page:        ${origin}/demo/cdn.html`);
  console.log(`Strict CSP pages: ${origin}/demo/csp/ (default file), ${origin}/demo/csp/strict.html (strict file),`);
  console.log(`                  ${origin}/demo/csp/host-policy.html (beside a host's own lit-html policy)`);
}
