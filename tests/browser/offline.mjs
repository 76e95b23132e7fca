// Reading offline in headless Chromium (Debian's /usr/bin/chromium, or
// $CHROMIUM), driven by tests/it/offline.rs in two phases with one
// browser profile (--user-data-dir), the site rebuilt between them:
//
// phase 1: open /de/, wait until the service worker is active and the
//   cache quartier-<version>-de holds every file of de/offline.json; the
//   manifest parses without errors (CDP Page.getAppManifest); then with
//   the network gone (context offline, the server dropping every
//   connection) a district page, an offering page and the offerings list
//   load with their content, and /tr/ shows the Turkish offline page;
// phase 2 (after a rebuild with a changed home text, --expect TEXT): back
//   online, /de/ shows TEXT, the new version's cache is complete (files
//   that did not change copied from the old caches, not downloaded) and
//   no cache of the old version is left.
//
// Usage: node tests/browser/offline.mjs SITE_DIR --phase 1|2 --user-data-dir DIR [--expect TEXT]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const phase = opt('--phase');
const profile = opt('--user-data-dir');
if (!dir || !profile || !['1', '2'].includes(phase)) {
  console.error('usage: node offline.mjs SITE_DIR --phase 1|2 --user-data-dir DIR [--expect TEXT]');
  process.exit(2);
}

// A static server for the built site, as a web host would serve it; when
// `down`, it drops every connection (the network is gone, also for the
// service worker).
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.ics': 'text/calendar',
  '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg',
};
let down = false;
const served = [];
const server = createServer((req, res) => {
  if (down) {
    req.socket.destroy();
    return;
  }
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  served.push(path);
  let file = normalize(join(dir, path));
  if (!file.startsWith(normalize(dir))) file = '';
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': TYPES['.html'] });
    res.end(readFileSync(join(dir, '404.html')));
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
// The same port in both phases: the profile's service worker and caches
// belong to the origin.
const port = Number(process.env.QUARTIER_OFFLINE_PORT || 47913);
await new Promise((ok, ko) => server.once('error', ko).listen(port, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${port}`;

const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.log(`FAIL ${msg}`);
};
const list = (code) => JSON.parse(readFileSync(join(dir, code, 'offline.json'), 'utf8'));

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 360, height: 740 },
  serviceWorkers: 'allow',
});
await context.route('**/*', (route) => (route.request().url().startsWith(origin + '/') ? route.continue() : route.abort()));
const page = context.pages()[0] || (await context.newPage());
page.on('pageerror', (e) => fail(`${page.url()}: script error ${e.message}`));

// Waits until the worker of `version` is active and its cache of `code`
// holds every listed file.
async function kept(code, version, files) {
  const name = `quartier-${version}-${code}`;
  const deadline = Date.now() + 60000;
  let state;
  while (Date.now() < deadline) {
    state = await page.evaluate(async ({ name, urls }) => {
      const reg = await navigator.serviceWorker.getRegistration();
      const active = !!(reg && reg.active && reg.active.state === 'activated');
      if (!(await caches.has(name))) return { active, missing: urls.length };
      const cache = await caches.open(name);
      let missing = 0;
      for (const u of urls) if (!(await cache.match(new URL(u, location.origin + '/').href))) missing += 1;
      return { active, missing, names: await caches.keys() };
    }, { name, urls: files.map(([u]) => u) });
    if (state.active && state.missing === 0) return true;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  fail(`${name}: not complete in time (${JSON.stringify(state)})`);
  return false;
}

const bodyOf = async () => page.evaluate(() => ({
  kind: document.body && document.body.dataset.page,
  lang: document.documentElement.lang,
  text: document.querySelector('main') ? document.querySelector('main').innerText : '',
}));

const de = list('de');
if (phase === '1') {
  await page.goto(`${origin}/de/`);
  if (await kept('de', de.version, de.files)) {
    console.log(`ok: ${de.files.length} files of de kept in quartier-${de.version}-de`);
  }
  // The manifest, as Chromium reads it.
  const cdp = await context.newCDPSession(page);
  const m = await cdp.send('Page.getAppManifest');
  if (m.errors.length) fail(`manifest errors: ${JSON.stringify(m.errors)}`);
  if (!m.url.endsWith('/de/manifest.webmanifest')) fail(`manifest at ${m.url}`);
  const parsed = JSON.parse(m.data || '{}');
  if (parsed.lang !== 'de' || parsed.start_url !== './') fail(`manifest: ${m.data}`);

  // The network is gone.
  const urls = de.files.map(([u]) => u);
  const district = urls.find((u) => /^de\/[^/]+\/$/.test(u) && !['de/offerings/', 'de/offline/', 'de/search/'].includes(u));
  const offering = urls.find((u) => /^de\/[^/]+\/[^/]+\/$/.test(u));
  await context.setOffline(true);
  down = true;
  for (const [u, kind] of [[district, 'district'], [offering, 'offering'], ['de/offerings/', 'offerings']]) {
    if (!u) {
      fail(`no ${kind} page kept`);
      continue;
    }
    try {
      await page.goto(`${origin}/${u}`);
      const b = await bodyOf();
      if (b.kind !== kind || b.lang !== 'de' || b.text.trim().length < 20) fail(`offline /${u}: ${JSON.stringify(b).slice(0, 200)}`);
      else console.log(`ok: /${u} read offline`);
    } catch (e) {
      fail(`offline /${u}: ${e.message}`);
    }
  }
  // Another language, at its home and deeper: its offline page, styled
  // (its links work at any address).
  const trDeep = urls.find((u) => /^de\/[^/]+\/[^/]+\/$/.test(u)).replace(/^de\//, 'tr/');
  for (const u of ['tr/', trDeep]) {
    try {
      await page.goto(`${origin}/${u}`);
      const b = await bodyOf();
      const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
      if (b.kind !== 'offline' || b.lang !== 'tr' || !styled) fail(`offline /${u}: styled ${styled} ${JSON.stringify(b).slice(0, 200)}`);
      else console.log(`ok: /${u} shows the Turkish offline page`);
    } catch (e) {
      fail(`offline /${u}: ${e.message}`);
    }
  }
  await context.setOffline(false);
  down = false;
} else {
  const expect = opt('--expect');
  await page.goto(`${origin}/de/`);
  // The browser finds the new sw.js when it navigates; make sure it looks.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    if (reg) await reg.update().catch(() => {});
  });
  if (await kept('de', de.version, de.files)) console.log(`ok: new version ${de.version} kept`);
  // The old version's caches go when the new worker activates.
  const deadline = Date.now() + 20000;
  let names = [];
  while (Date.now() < deadline) {
    names = await page.evaluate(() => caches.keys());
    if (names.every((n) => !n.startsWith('quartier-') || n.startsWith(`quartier-${de.version}-`))) break;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  // Unchanged files were copied from the old caches, not downloaded again.
  const again = served.filter((p) => p === '/style.css' || p === '/favicon.svg');
  if (again.length) fail(`unchanged files downloaded again: ${again}`);
  else console.log('ok: unchanged files copied from the old version\'s cache');
  const stale = names.filter((n) => n.startsWith('quartier-') && !n.startsWith(`quartier-${de.version}-`));
  if (stale.length) fail(`caches of old versions left: ${stale}`);
  if (!names.includes(`quartier-${de.version}-shell`)) fail(`no shell cache of ${de.version}: ${names}`);
  await page.reload();
  const b = await bodyOf();
  if (expect && !b.text.includes(expect)) fail(`/de/ does not show the new text "${expect}"`);
  // Offline, the kept page is the new one too.
  down = true;
  await context.setOffline(true);
  try {
    await page.goto(`${origin}/de/`);
    const o = await bodyOf();
    if (expect && !o.text.includes(expect)) fail(`offline /de/ is not the new build's`);
    else console.log('ok: offline /de/ is the new build\'s');
  } catch (e) {
    fail(`offline /de/: ${e.message}`);
  }
  await context.setOffline(false);
  down = false;
}

await context.close();
server.close();
console.log(failures.length ? `${failures.length} failure(s)` : `phase ${phase}: all passed`);
process.exit(failures.length ? 1 : 0);
