#!/usr/bin/env node
/**
 * A small static file server for the embed demos and tests.
 *
 * `npm run demo:cdn` (after `npm run build`) serves the project at
 * http://localhost:8080/: `/demo/cdn.html` loads the CDN file from `/dist/`, and
 * everything under `/demo/csp/` is sent with the strict Content-Security-Policy
 * header the guide is tested under (`STRICT_CSP`).
 *
 * Tests import `createStaticServer` and mount their own directories.
 */
import http from 'node:http';
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

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
    headers: (urlPath) => (urlPath.startsWith('/demo/csp/') ? {'content-security-policy': STRICT_CSP} : {}),
    port,
    host: 'localhost',
  });
  console.log(`CDN page:        ${origin}/demo/cdn.html`);
  console.log(`Strict CSP page: ${origin}/demo/csp/`);
}
