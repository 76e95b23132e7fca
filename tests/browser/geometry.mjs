// Geometry of a built Quartier site on phones, in headless Chromium
// (Debian's /usr/bin/chromium, or $CHROMIUM): what a resident on a cheap
// phone meets, measured instead of looked at.
//
// For one page of every kind in every language (from the sitemaps, told
// apart by <body data-page>), plus the chooser and the 404 page, at 320,
// 360 and 412 px wide:
// - nothing is wider than the screen: the page does not scroll sideways and
//   no element (outside a scrolling box such as a wide table) reaches past
//   either edge;
// - the site's name and the language button break no word inside;
// - the language menu, opened, lies inside the screen, and every language
//   in it can be touched (the link itself is at its centre);
// - "what's on": time, title and place of a meeting do not overlap, and a
//   place or district name stays on one line (not broken at its hyphen);
// - addresses (e-mail, phone, web) are isolated left to right on
//   right-to-left pages.
// At 360×740 (a common cheap phone), on every offering page in every
// language: the facts at a glance end on the first screen; on a district
// page its kinds of offering start on it; on the offerings list the first
// offering does.
//
// Usage: node tests/browser/geometry.mjs SITE_DIR [--langs de,ar]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!dir) {
  console.error('usage: node geometry.mjs SITE_DIR [--langs de,ar]');
  process.exit(2);
}
const WIDTHS = [320, 360, 412];
const FOLD = { width: 360, height: 740 };

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
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

// Pages from the sitemaps: sitemap.xml names one sitemap per language.
const base = readFileSync(join(dir, 'index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)[1];
const locsIn = (file) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const all = locsIn(join(dir, 'sitemap.xml'))
  .flatMap((l) => (l.endsWith('/sitemap.xml') ? locsIn(join(dir, l.slice(base.length))) : [l]))
  .map((l) => l.slice(base.length))
  // Pages only: the sitemaps also list recordings (/media/…/ar.mp3).
  .filter((p) => p.endsWith('/'));
const codes = [...new Set(all.map((p) => p.split('/')[0]))];
const langs = opt('--langs')?.split(',') ?? codes;
const kindOf = (p) => (readFileSync(join(dir, p, 'index.html'), 'utf8').match(/<body data-page="([^"]+)"/) || [])[1];

// One page per kind and language; every offering page for the fold.
const perKind = ['/', '/no/such/page/'];
const offerings = [];
const districts = [];
for (const lang of langs) {
  const seen = new Set();
  for (const p of all.filter((p) => p.split('/')[0] === lang)) {
    const kind = kindOf(p);
    if (kind === 'offering') offerings.push(`/${p}`);
    if (kind === 'district') districts.push(`/${p}`);
    if (!seen.has(kind)) {
      seen.add(kind);
      perKind.push(`/${p}`);
    }
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
const fail = (msg) => {
  failures++;
  console.log(`FAIL ${msg}`);
};

// Elements reaching past the screen's edges; boxes inside a scrolling or
// clipping box are that box's business, and visually hidden text is not seen.
function overflowing() {
  const vw = document.documentElement.clientWidth;
  const out = [];
  const clipped = (e) => {
    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') return true;
    }
    return false;
  };
  for (const e of document.body.querySelectorAll('*')) {
    if (e.closest('.visually-hidden, .skip, [hidden]') || e.closest('details:not([open]) > :not(summary)')) continue;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if ((r.right > vw + 0.5 || r.left < -0.5) && !clipped(e)) {
      const name = e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : '');
      out.push(`${name} [${Math.round(r.left)}, ${Math.round(r.right)}] "${(e.textContent || '').trim().slice(0, 40)}"`);
    }
  }
  return { vw, scroll: document.documentElement.scrollWidth, out: out.slice(0, 5), count: out.length };
}

async function widths(path) {
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 740 } });
    const res = await page.goto(origin + path);
    if (!res) {
      fail(`${path}: not served`);
      continue;
    }
    const label = `${path} at ${width} px`;
    const o = await page.evaluate(overflowing);
    if (o.scroll > o.vw) fail(`${label}: the page scrolls sideways (${o.scroll} px wide)`);
    if (o.count) fail(`${label}: ${o.count} element(s) past the edge: ${o.out.join('; ')}`);

    // The language menu, opened by touch, inside the screen.
    const summary = page.locator('.langs > summary');
    if (await summary.count()) {
      await summary.click();
      const menu = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const links = [...document.querySelectorAll('.langs ul a')];
        return links.map((a) => {
          const r = a.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return {
            name: a.textContent.trim(),
            inside: r.left >= -0.5 && r.right <= vw + 0.5 && r.width > 0,
            touchable: !!hit && a.contains(hit),
          };
        });
      });
      if (!menu.length) fail(`${label}: the language menu has no links`);
      const outside = menu.filter((m) => !m.inside).map((m) => m.name);
      const covered = menu.filter((m) => m.inside && !m.touchable).map((m) => m.name);
      if (outside.length) fail(`${label}: the open language menu puts ${outside.join(', ')} outside the screen`);
      if (covered.length) fail(`${label}: the open language menu has ${covered.join(', ')} covered`);
      await summary.click();
    }

    // The site's name and the language button share the top row: no word
    // of either is broken inside (a hyphen may break a compound; a long
    // language name such as "Einfache Sprache" wraps between its words, in
    // its button).
    const broken = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.brand, .langs > summary')) {
        const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          for (const m of n.data.matchAll(/[^\s\u002d\u2010\u00ad]+/g)) {
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            const tops = new Set([...r.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top)));
            if (tops.size > 1) out.push(m[0]);
          }
        }
      }
      return out;
    });
    for (const w of broken) fail(`${label}: "${w}" in the top row is broken inside the word`);
    const spill = await page.evaluate(() => {
      const s = document.querySelector('.langs > summary');
      return s && s.scrollWidth > s.clientWidth + 0.5 ? (s.querySelector('[lang]') ?? s).textContent.trim() : null;
    });
    if (spill) fail(`${label}: the language button's name "${spill}" spills out of the button`);

    // What's on: time, title and place apart; a place on one line.
    const agenda = await page.evaluate(() => [...document.querySelectorAll('.agenda li')].map((li) => {
      const box = (sel) => li.querySelector(sel)?.getBoundingClientRect();
      const t = box('.agenda-time');
      const a = box('a');
      const w = li.querySelector('.agenda-where');
      const wr = w?.getBoundingClientRect();
      const overlap = (p, q) => p && q && p.left < q.right - 0.5 && q.left < p.right - 0.5 && p.top < q.bottom - 0.5 && q.top < p.bottom - 0.5;
      // Lines of the place: line boxes of an inline, or height of a block.
      const line = w ? parseFloat(getComputedStyle(w).lineHeight) : 0;
      const lines = !w ? 1 : w.getClientRects().length > 1 ? w.getClientRects().length : Math.round(wr.height / line);
      // Its width on one line, against the room its box has.
      let width = 0;
      if (w) {
        const probe = w.cloneNode(true);
        probe.style.cssText = 'position:absolute;white-space:nowrap;display:inline;visibility:hidden';
        li.appendChild(probe);
        width = probe.getBoundingClientRect().width;
        probe.remove();
      }
      const time = li.querySelector('.agenda-time');
      return {
        text: li.textContent.trim().replace(/\s+/g, ' ').slice(0, 50),
        overlap: overlap(t, a) || overlap(t, wr) || overlap(a, wr) || (time && time.scrollWidth > time.clientWidth + 0.5),
        lines,
        fits: width <= (w ? w.parentElement.clientWidth : 0),
      };
    }));
    for (const a of agenda) {
      if (a.overlap) fail(`${label}: what's on "${a.text}": time, title and place overlap`);
      if (a.lines > 1 && a.fits) fail(`${label}: what's on "${a.text}": the place breaks over ${a.lines} lines`);
    }

    // Addresses on right-to-left pages: isolated, left to right.
    if (width === WIDTHS[0]) {
      const bad = await page.evaluate(() => {
        if (document.documentElement.dir !== 'rtl') return [];
        // (The share links' "E-mail" is a word in the page's language, not an address.)
        return [...document.querySelectorAll('a[href^="mailto:"], a[href^="tel:"]')]
          .filter((a) => !a.closest('.share-links'))
          .filter((a) => {
            const s = getComputedStyle(a);
            return s.direction !== 'ltr' || !/isolate/.test(s.unicodeBidi);
          })
          .map((a) => a.textContent.trim());
      });
      for (const b of bad) fail(`${path}: "${b}" is not isolated left to right`);
    }
    await page.close();
  }
}

// The first screen of a 360×740 phone.
async function fold(path, what, selector, edge) {
  const page = await browser.newPage({ viewport: FOLD });
  await page.goto(origin + path);
  const r = await page.evaluate(([sel, e]) => {
    const el = document.querySelector(sel);
    return el ? el.getBoundingClientRect()[e] + window.scrollY : null;
  }, [selector, edge]);
  if (r === null) fail(`${path}: no ${what} (${selector})`);
  else if (r > FOLD.height) fail(`${path}: ${what} ${edge === 'bottom' ? 'ends' : 'starts'} at ${Math.round(r)} px, below the first screen (${FOLD.height} px)`);
  await page.close();
  return r;
}

for (const p of perKind) await widths(p);
let worst = 0;
for (const p of offerings) worst = Math.max(worst, (await fold(p, 'the facts at a glance', '.glance', 'bottom')) ?? 0);
for (const p of districts) await fold(p, 'the kinds of offering', '.kinds a', 'top');
for (const lang of langs) {
  if (existsSync(join(dir, lang, 'offerings', 'index.html'))) await fold(`/${lang}/offerings/`, 'the first offering', '#offering-list > li', 'top');
}
await browser.close();
server.close();
console.log(`${failures ? 'FAIL' : 'ok  '} geometry: ${perKind.length} pages × ${WIDTHS.length} widths, ` +
  `${offerings.length} offering pages (facts end by ${Math.round(worst)} px), ${districts.length} district pages: ${failures} problem(s)`);
process.exit(failures ? 1 : 0);
