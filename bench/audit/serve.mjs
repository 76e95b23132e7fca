// A static server for a built Quartier site, as a real host serves it:
// the site under its base path (the path of base_url, e.g. /stadtteile/),
// text compressed with brotli or gzip as the browser's Accept-Encoding
// allows, correct content types, a folder's index.html, and the site's
// 404.html with status 404 for any missing path. No cache headers: those
// are the host's choice, not the site's.
//
// As a module: `const { origin, base, close } = await serve(dir)`.
// From the shell: `node serve.mjs SITE_DIR [PORT]` serves until stopped.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

// The path part of the site's base_url, from the chooser's canonical link.
export function basePath(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const canonical = html.match(/<link rel="canonical" href="([^"]+)"/);
  if (!canonical) throw new Error(`${dir}/index.html has no canonical link`);
  const path = new URL(canonical[1]).pathname;
  return { canonical: canonical[1], path: path.endsWith('/') ? path : `${path}/` };
}

function fileFor(root, base, urlPath) {
  if (urlPath === base.slice(0, -1)) return { redirect: base };
  if (!urlPath.startsWith(base)) return null;
  const file = resolve(root, `.${sep}${urlPath.slice(base.length)}`);
  if (file !== root && !file.startsWith(root + sep)) return null;
  let st;
  try {
    st = statSync(file);
  } catch {
    return null;
  }
  if (st.isDirectory()) {
    if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
    return fileFor(root, base, `${urlPath}index.html`);
  }
  return st.isFile() ? { file } : null;
}

function send(req, res, status, file) {
  const type = TYPES[extname(file).toLowerCase()] || 'application/octet-stream';
  let body = readFileSync(file);
  const headers = { 'content-type': type };
  if (COMPRESSIBLE.test(type)) {
    headers.vary = 'Accept-Encoding';
    const accepts = (req.headers['accept-encoding'] || '')
      .split(',')
      .map((e) => e.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([e]) => e.toLowerCase());
    if (accepts.includes('br')) {
      body = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      headers['content-encoding'] = 'br';
    } else if (accepts.includes('gzip')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function serve(dir, port = 0) {
  const root = resolve(dir);
  const { canonical, path: base } = basePath(root);
  const notFound = join(root, '404.html');
  const log = [];
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      path = '';
    }
    const found = fileFor(root, base, path);
    log.push(`${req.method} ${path} ${found ? (found.redirect ? 301 : 200) : 404}`);
    if (found?.redirect) {
      res.writeHead(301, { location: found.redirect, 'content-length': 0 });
      res.end();
    } else if (found) {
      send(req, res, 200, found.file);
    } else {
      send(req, res, 404, notFound);
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    base,
    canonical,
    log,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, port] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node serve.mjs SITE_DIR [PORT]');
    process.exit(2);
  }
  const s = await serve(dir, Number(port || 0));
  console.log(`serving ${dir} at ${s.origin}${s.base}`);
}
