// Browser tests of a built Quartier site, in headless Chromium (Debian's
// /usr/bin/chromium, or $CHROMIUM) at phone size:
//
// - one page of every kind (from the sitemap, told apart by <body data-page>)
//   in a left-to-right and a right-to-left language, plus the language
//   chooser and the 404 page, audited by axe-core for WCAG 2.1 A and AA:
//   zero violations, with JavaScript on and (lists and search) off;
// - keyboard: Tab reaches every link, button and field, and each shows a
//   visible focus;
// - no request leaves the local server, and none asks for /favicon.ico;
// - with --flows: the filters used in Arabic and the search in Turkish and
//   Arabic, on the fixture tests/fixtures/browser.
//
// Usage: node tests/browser/run.mjs SITE_DIR [--langs de,ar] [--flows] [--all]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!dir) {
  console.error('usage: node run.mjs SITE_DIR [--langs de,ar] [--flows] [--all]');
  process.exit(2);
}
const flows = args.includes('--flows');
const everyPage = args.includes('--all');

// A static server for the built site, as a web host would serve it.
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.ics': 'text/calendar',
  '.pdf': 'application/pdf', '.png': 'image/png', '.jpg': 'image/jpeg',
};
const served = [];
const server = createServer((req, res) => {
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
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// Pages by kind, from the sitemaps (absolute URLs below base_url):
// sitemap.xml is an index naming one sitemap per language.
const base = readFileSync(join(dir, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)[1];
const locsIn = (file) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const locs = locsIn(join(dir, 'sitemap.xml')).flatMap((l) =>
  l.endsWith('/sitemap.xml') ? locsIn(join(dir, l.slice(base.length))) : [l]);
// Pages only: the sitemaps also list recordings (/media/…/ar.mp3).
const all = locs.map((l) => l.slice(base.length)).filter((p) => p.endsWith('/'));
const codes = [...new Set(all.map((p) => p.split('/')[0]))];
const dirOf = (code) => (/<html lang="[^"]*" dir="rtl"/.test(readFileSync(join(dir, code, 'index.html'), 'utf8')) ? 'rtl' : 'ltr');
const defaultLang = readFileSync(join(dir, codes[0], 'index.html'), 'utf8').match(/hreflang="x-default" href="[^"]*\/([^/"]+)\/"/)[1];
const langs = opt('--langs')?.split(',') ?? [
  defaultLang,
  codes.find((c) => dirOf(c) === 'rtl'),
].filter(Boolean);
if (!langs.some((l) => dirOf(l) === 'rtl')) throw new Error(`no right-to-left language among ${langs}`);
const kindOf = (p) => (readFileSync(join(dir, p, 'index.html'), 'utf8').match(/<body data-page="([^"]+)"/) || [])[1];
const pages = ['/', '/404.html', '/no/such/page/'];
for (const lang of langs) {
  const seen = new Set();
  for (const p of all.filter((p) => p.split('/')[0] === lang)) {
    const kind = kindOf(p);
    if (everyPage || !seen.has(kind)) pages.push(`/${p}`);
    seen.add(kind);
  }
  for (const k of ['home', 'district', 'offering', 'category', 'audience', 'offerings', 'search', 'page', 'archive']) {
    if (!seen.has(k)) console.log(`note: no ${k} page in ${lang}`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const failures = [];
const fail = (msg) => {
  failures.push(msg);
  console.log(`FAIL ${msg}`);
};
const foreign = [];

async function newPage() {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(`${page.url()}: script error ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/404/.test(m.text()) && fail(`${page.url()}: console ${m.text()}`));
  return page;
}

async function audit(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE });
  const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] }), TAGS);
  for (const v of r.violations) {
    fail(`${label}: axe ${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`).join('\n')}`);
  }
  lastPasses = r.passes.length;
  return r.violations.length;
}
let lastPasses = 0;

// Tab from the top through the page: every focusable element that can be
// seen gets focus, and the focused element looks different (outline or shadow).
async function keyboard(page, label) {
  const targets = await page.evaluate(() => {
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const list = [...document.querySelectorAll(sel)].filter((e) => !e.disabled && e.checkVisibility({ visibilityProperty: true }));
    list.forEach((e, i) => e.setAttribute('data-kbd', String(i)));
    return list.length;
  });
  const reached = new Set();
  await page.evaluate(() => { document.activeElement?.blur(); window.scrollTo(0, 0); });
  await page.keyboard.press('Tab');
  for (let i = 0; i < targets + 10 && reached.size < targets; i++) {
    const f = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const s = getComputedStyle(e);
      const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      return { id: e.getAttribute('data-kbd'), tag: e.tagName, text: (e.textContent || e.name || '').trim().slice(0, 40), visible, fv: e.matches(':focus-visible') };
    });
    if (f && f.id !== null) {
      reached.add(f.id);
      if (!f.visible || !f.fv) fail(`${label}: focus not visible on <${f.tag}> "${f.text}"`);
    }
    await page.keyboard.press('Tab');
  }
  if (reached.size < targets) {
    const missed = await page.evaluate((got) => [...document.querySelectorAll('[data-kbd]')]
      .filter((e) => !got.includes(e.getAttribute('data-kbd')))
      .map((e) => `<${e.tagName}> ${(e.textContent || e.name || '').trim().slice(0, 30)}`), [...reached]);
    fail(`${label}: ${targets - reached.size} of ${targets} elements not reached by Tab: ${missed.join(', ')}`);
  }
  return reached.size;
}

// Every element whose text is in another language than the page carries lang.
async function mixedLanguage(page, label) {
  const bad = await page.evaluate(() => {
    const out = [];
    const pageLang = document.documentElement.lang;
    const arabic = /[\u0600-\u06FF]/;
    const latin = /[A-Za-zÄÖÜäöüßçğışİ]{3,}/;
    for (const e of document.querySelectorAll('main h1, main h2, main h3, main p, main li, main a')) {
      if (e.children.length > 3) continue;
      const own = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      if (!own) continue;
      const lang = e.closest('[lang]').getAttribute('lang');
      const rtlLang = /^(ar|fa|prs|ps|ur|ckb)$/.test(lang);
      if (rtlLang && !arabic.test(own) && latin.test(own) && !/^[\d\s:–.,-]+$/.test(own)) out.push(`${lang}: "${own.slice(0, 40)}"`);
      if (!rtlLang && arabic.test(own)) out.push(`${lang}: "${own.slice(0, 40)}"`);
    }
    return { pageLang, out };
  });
  // Place names and proper names are written in Latin script in every language.
  const names = /Stadtteilhaus|Grundschule|Nordviertel|Südstadt|Testviertel|Kranichstein|Eberstadt|Darmstadt|Online|OpenStreetMap|PDF|KB|EUR|@|\+49|Mama|Deutsch|Kita|JavaScript/;
  for (const b of bad.out.filter((t) => !names.test(t))) fail(`${label}: text in another language without lang: ${b}`);
}

let audited = 0;
for (const path of pages) {
  const page = await newPage();
  const resp = await page.goto(origin + path, { waitUntil: 'load' });
  const label = `${path} (${resp.status()})`;
  audited++;
  const n = await audit(page, label);
  const tabbed = await keyboard(page, label);
  await mixedLanguage(page, label);
  console.log(`${n ? 'FAIL' : 'ok  '} ${label}: axe ${n} violations (${lastPasses} rules passed), ${tabbed} elements reached by Tab`);
  await page.context().close();
}
// Lists and search without JavaScript: the narrowing links and the note.
// (The theme's scripts are answered with nothing, which leaves the page as
// a browser without JavaScript shows it, while axe itself can still run.)
for (const lang of langs) {
  for (const p of ['offerings/', 'search/']) {
    const page = await newPage();
    await page.route(/\/(filter|search)\.js$/, (route) => route.fulfill({ body: '', contentType: 'text/javascript' }));
    await page.goto(`${origin}/${lang}/${p}`);
    const label = `/${lang}/${p} without JavaScript`;
    if (await page.locator('#filters, #search').isVisible()) fail(`${label}: a form that needs JavaScript is shown`);
    if (p === 'offerings/' && !(await page.locator('#browse a').count())) fail(`${label}: no links to narrowed pages`);
    if (p === 'search/' && !(await page.locator('#search-nojs a').isVisible())) fail(`${label}: no note and link`);
    await audit(page, label);
    await keyboard(page, label);
    console.log(`ok   ${label}`);
    await page.context().close();
  }
}

async function filterFlow(lang) {
  const page = await newPage();
  await page.goto(`${origin}/${lang}/offerings/`);
  const visible = () => page.locator('#offering-list > li:visible').count();
  const total = await visible();
  const label = `/${lang}/offerings/ filters`;
  if (!(await page.locator('#filters').isVisible())) return fail(`${label}: form not shown`);
  if (await page.locator('#browse').isVisible()) fail(`${label}: no-JavaScript links still shown`);
  // Folded, so that the first result is on the first screen; one tap opens it.
  if (await page.locator('#f-spoken').isVisible()) fail(`${label}: the filters are not folded`);
  await page.locator('#filter-fold > summary').click();
  // A mother looking for a German course with childcare on a weekday morning, in Arabic.
  await page.locator('input[name=childcare]').check();
  await page.locator('input[name=time][value=morning]').check();
  await page.locator('#f-spoken').selectOption('ar');
  const shown = await visible();
  const url = new URL(page.url());
  const status = await page.locator('#list-heading').textContent();
  if ((await page.locator('#filter-status').textContent()) !== status) fail(`${label}: the new count "${status}" is not announced`);
  if (!(shown >= 1 && shown < total)) fail(`${label}: ${shown} of ${total} shown`);
  if (url.search !== '?spoken=ar&time=morning&childcare=yes') fail(`${label}: address is ${url.search}`);
  const facets = await page.locator('#offering-list > li:visible').evaluateAll((els) => els.map((e) => ({ ...e.dataset })));
  for (const f of facets) {
    if (f.childcare !== 'yes' || !f.time.split(' ').includes('morning') || !f.spoken.split(' ').includes('ar')) fail(`${label}: ${JSON.stringify(f)} shown`);
  }
  await audit(page, `${label} (filtered)`);
  // The address restores the same choice (a shared link).
  const again = await newPage();
  await again.goto(page.url());
  if ((await again.locator('#offering-list > li:visible').count()) !== shown) fail(`${label}: shared link shows another list`);
  if (!(await again.locator('input[name=childcare]').isChecked()) || (await again.locator('#f-spoken').inputValue()) !== 'ar') fail(`${label}: shared link does not restore the form`);
  if ((await again.locator('#list-heading').textContent()) !== status) fail(`${label}: count differs after reload`);
  if (!(await again.locator('#f-spoken').isVisible())) fail(`${label}: shared link with a filter leaves the filters folded`);
  // Nothing matches: the notice; reset: everything again.
  await again.locator('input[name=day][value=mon]').check();
  if ((await again.locator('#offering-list > li:visible').count()) !== 0 || !(await again.locator('#filter-none').isVisible())) fail(`${label}: no notice when nothing matches`);
  await again.locator('button[type=reset]').click();
  await again.waitForFunction(() => location.search === '');
  if ((await again.locator('#offering-list > li:visible').count()) !== total) fail(`${label}: reset does not show all`);
  console.log(`ok   ${label}: ${shown} of ${total} for ${url.search}, "${status}"`);
  await page.context().close();
  await again.context().close();
}

async function searchFlow(lang, query, expect) {
  const page = await newPage();
  await page.goto(`${origin}/${lang}/search/`);
  const label = `/${lang}/search/ "${query}"`;
  const before = served.filter((p) => p.endsWith('search-index.json')).length;
  if (!(await page.locator('#search').isVisible())) return fail(`${label}: form not shown`);
  if (await page.locator('#search-nojs').isVisible()) fail(`${label}: no-JavaScript note still shown`);
  if (served.filter((p) => p.endsWith('search-index.json')).length !== before) fail(`${label}: index loaded before searching`);
  await page.locator('#q').fill(query);
  await page.waitForFunction(() => document.querySelector('#search-status').textContent !== '');
  const titles = await page.locator('#search-results h2').allTextContents();
  if (!titles.includes(expect)) fail(`${label}: expected "${expect}" among ${JSON.stringify(titles)}`);
  if (new URL(page.url()).searchParams.get('q') !== query) fail(`${label}: query not in the address`);
  await audit(page, `${label} (results)`);
  await keyboard(page, `${label} (results)`);
  // The address with ?q= searches again on load.
  const again = await newPage();
  await again.goto(page.url());
  await again.waitForFunction(() => document.querySelector('#search-status').textContent !== '');
  if (!(await again.locator('#search-results h2').allTextContents()).includes(expect)) fail(`${label}: shared link finds other results`);
  console.log(`ok   ${label}: ${JSON.stringify(titles)} "${await page.locator('#search-status').textContent()}"`);
  await page.context().close();
  await again.context().close();
}

if (flows) {
  await filterFlow('ar');
  await filterFlow('tr');
  await searchFlow('tr', 'ISIK', 'Anneler Almanca öğreniyor');
  await searchFlow('tr', 'istanbul kadinlar', 'Kadınlar kahvesi');
  await searchFlow('ar', 'الالمانيه', 'ماما تتعلّم الألمانيّة');
  await searchFlow('ar', 'أمهات', 'ماما تتعلّم الألمانيّة');
  await searchFlow('de', 'strasse', 'Mama lernt Deutsch');
}

for (const u of foreign) fail(`request to another host: ${u}`);
// Every page links the theme's icon, so no browser guesses /favicon.ico.
if (served.includes('/favicon.ico')) fail('a page lets the browser ask for /favicon.ico (no <link rel="icon">)');
await browser.close();
server.close();
console.log(`${audited} pages audited in ${langs.join(', ')}; ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
