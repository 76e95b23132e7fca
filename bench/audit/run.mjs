// Lighthouse on one page of every kind of a built Quartier site, in each of
// the given languages, plus the language chooser and the 404 page: mobile
// form factor (Lighthouse's default: a mid-range phone on slow 4G, simulated),
// categories performance, accessibility, best practices and SEO, in Debian's
// Chromium (or $CHROMIUM), one page at a time, each in a fresh browser.
// The site is served by serve.mjs (compressed, under its base path,
// 404.html for missing paths).
//
// Writes into OUT_DIR: reports/KIND-LANG.json (Lighthouse's full reports),
// summary.md (the table and the failing audits, for the README) and
// details.md (every failing audit with its elements, for whoever fixes
// them). Prints summary.md.
//
// Usage: node run.mjs SITE_DIR OUT_DIR [--langs de,ar,fa] [--kinds home,search]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serve } from './serve.mjs';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const [dir, out] = positional;
if (!dir || !out) {
  console.error('usage: node run.mjs SITE_DIR OUT_DIR [--langs de,ar,fa] [--kinds home,search]');
  process.exit(2);
}
const langs = (opt('--langs') || 'de,ar,fa').split(',').filter(Boolean);
const onlyKinds = opt('--kinds')?.split(',');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT = { performance: 'P', accessibility: 'A', 'best-practices': 'BP', seo: 'SEO' };
const TITLE = { performance: 'Performance', accessibility: 'Accessibility', 'best-practices': 'Best practices', seo: 'SEO' };
// Table order; kinds the site has beyond these follow in sitemap order.
const ORDER = ['chooser', 'home', 'district', 'offering', 'category', 'audience', 'offerings', 'search', 'archive', 'page', 'not-found'];
// The chooser and the 404 page are one page for all languages.
const SHARED = new Set(['chooser', 'not-found']);

const server = await serve(dir);
const { origin, base, canonical } = server;

// Pages by kind, from the sitemaps: sitemap.xml is an index naming one
// sitemap per language, whose <loc>s are absolute under base_url.
const locsIn = (file) => [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
const relative = (loc) => {
  if (!loc.startsWith(canonical)) throw new Error(`${loc} is not under ${canonical}`);
  return loc.slice(canonical.length).replace(/(^|\/)index\.html$/, '$1');
};
const locs = locsIn(join(dir, 'sitemap.xml')).flatMap((l) =>
  l.endsWith('/sitemap.xml') ? locsIn(join(dir, relative(l))) : [l]);
const kindOf = (p) => {
  const file = join(dir, p, p === '' || p.endsWith('/') ? 'index.html' : '');
  return (readFileSync(file, 'utf8').match(/<body data-page="([^"]+)"/) || [])[1];
};
// The root is the language chooser when the site has more than one language.
const pages = [
  ...(kindOf('') === 'chooser' ? [{ kind: 'chooser', lang: '', path: '' }] : []),
  { kind: 'not-found', lang: '', path: 'no/such/page/' },
];
const kinds = [...ORDER];
const missing = [];
for (const lang of langs) {
  const seen = new Set();
  for (const p of locs.map(relative).filter((p) => p.split('/')[0] === lang)) {
    const kind = kindOf(p);
    if (!kind || seen.has(kind)) continue;
    seen.add(kind);
    if (!kinds.includes(kind)) kinds.push(kind);
    pages.push({ kind, lang, path: p });
  }
  if (!seen.size) throw new Error(`no pages in language ${lang} in the sitemap`);
  for (const k of ORDER) if (!SHARED.has(k) && !seen.has(k)) missing.push(`${k} (${lang})`);
}
const todo = pages
  .filter((p) => !onlyKinds || onlyKinds.includes(p.kind))
  .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || langs.indexOf(a.lang) - langs.indexOf(b.lang));

mkdirSync(join(out, 'reports'), { recursive: true });
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// A fresh Chromium with a fresh profile for each page: one browser for all
// would ask for /favicon.ico only on the first page (and so on), and make
// the scores depend on the order of the pages. Costs about a second a page.
async function withChromium(fn) {
  const profile = mkdtempSync(join(tmpdir(), 'quartier-audit-chromium-'));
  const chrome = await launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    userDataDir: profile,
    chromeFlags: FLAGS,
    logLevel: 'silent',
  });
  try {
    return await fn(chrome.port);
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

let browserVersion = 'Chromium (version unknown)';
const results = [];
const started = Date.now();
const loads = [loadavg()[0]];
try {
  for (const page of todo) {
    const url = `${origin}${base}${page.path}`;
    const t0 = Date.now();
    let r;
    try {
      r = await withChromium(async (port) => {
        try {
          const v = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
          browserVersion = v.Browser.replace(/^(Headless)?Chrome\//, 'Chromium ');
        } catch {
          // keep the unknown version
        }
        // The 404 page is audited as the page a missing path shows, status and all.
        return lighthouse(url, {
          port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES,
          ignoreStatusCode: page.kind === 'not-found',
        });
      });
    } catch (e) {
      // Chromium or Lighthouse gave up on this page: note it, go on.
      const runtimeError = { code: 'EXCEPTION', message: String(e?.stack ?? e) };
      r = { lhr: { runtimeError, categories: {}, audits: {} }, report: JSON.stringify({ runtimeError }) };
    }
    const lhr = r.lhr;
    const name = `${page.kind}${page.lang ? `-${page.lang}` : ''}`;
    writeFileSync(join(out, 'reports', `${name}.json`), r.report);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    results.push({ ...page, url: `${base}${page.path}`, name, lhr, scores });
    const err = lhr.runtimeError ? ` runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}` : '';
    loads.push(loadavg()[0]);
    console.error(`${name.padEnd(16)} ${CATEGORIES.map((c) => `${SHORT[c]} ${scores[c] ?? '?'}`).join('  ')}  (${((Date.now() - t0) / 1000).toFixed(1)} s)${err}`);
  }
} finally {
  await server.close();
}
const seconds = Math.round((Date.now() - started) / 1000);
const lhVersion = results.find((r) => r.lhr.lighthouseVersion)?.lhr.lighthouseVersion ?? '?';

// Audits that cost a category its points: weighted audits scoring under 1;
// for performance also the opportunities and diagnostics that fail, which
// say what to change. Audits that could not run are listed apart.
const errored = new Map();
function failing(lhr, cat) {
  const refs = lhr.categories[cat]?.auditRefs ?? [];
  const out = [];
  for (const ref of refs) {
    const a = lhr.audits[ref.id];
    if (!a) continue;
    if (a.scoreDisplayMode === 'error') {
      if (ref.weight > 0) out.push({ id: ref.id, title: a.title, displayValue: 'could not run', audit: a });
      continue;
    }
    const diagnostic = cat === 'performance' && ref.weight === 0 && ref.group !== 'hidden'
      && ['metricSavings', 'binary', 'numeric'].includes(a.scoreDisplayMode);
    if (a.score !== null && ((ref.weight > 0 && a.score < 1) || (diagnostic && a.score < 0.9))) {
      out.push({ id: ref.id, title: a.title, displayValue: a.displayValue, audit: a });
    }
  }
  return out;
}
for (const r of results) {
  for (const [id, a] of Object.entries(r.lhr.audits)) {
    if (a.scoreDisplayMode !== 'error' || r.lhr.runtimeError) continue;
    if (CATEGORIES.some((c) => r.lhr.categories[c]?.auditRefs.some((ref) => ref.id === id && ref.weight > 0))) continue;
    if (!errored.has(id)) errored.set(id, { title: a.title, message: a.errorMessage, pages: 0 });
    errored.get(id).pages++;
  }
}

const clip = (s, n = 160) => {
  const t = String(s).replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const cell = (s) => (s == null ? '?' : s < 100 ? `**${s}**` : `${s}`);
const pageLabel = (r) => (SHARED.has(r.kind) ? r.kind === 'chooser' ? 'chooser' : '404' : r.lang);
const kindLabel = { chooser: 'language chooser `/`', 'not-found': '404 (a missing path)' };
const lines = [];
const today = new Date().toISOString().slice(0, 10);
const load = (loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1);
lines.push(`Lighthouse ${lhVersion}, ${browserVersion} (headless), mobile, ${today}; `
  + `${results.length} pages in ${seconds} s at a load average of ${load} on ${cpus().length} cores `
  + '(performance drops a few points on a busy machine). '
  + 'Each cell: performance · accessibility · best practices · SEO.');
lines.push('');
lines.push(`| page kind | ${langs.join(' | ')} |`);
lines.push(`|---|${langs.map(() => '---').join('|')}|`);
for (const kind of kinds) {
  const rs = results.filter((r) => r.kind === kind);
  if (!rs.length) continue;
  const cells = SHARED.has(kind)
    ? langs.map((l, i) => (i === 0 ? CATEGORIES.map((c) => cell(rs[0].scores[c])).join(' · ') : '〃'))
    : langs.map((l) => {
      const r = rs.find((x) => x.lang === l);
      return r ? CATEGORIES.map((c) => cell(r.scores[c])).join(' · ') : '–';
    });
  lines.push(`| ${kindLabel[kind] ?? kind} | ${cells.join(' | ')} |`);
}
lines.push('');
if (missing.length) lines.push(`No page of these kinds in the sitemap: ${missing.join(', ')}.`, '');

// Failing audits, grouped: each audit once, with the pages it fails on.
const groups = new Map();
for (const r of results) {
  if (r.lhr.runtimeError) {
    const key = `runtime|${r.lhr.runtimeError.code}`;
    if (!groups.has(key)) groups.set(key, { cat: 'runtime', id: r.lhr.runtimeError.code, title: r.lhr.runtimeError.message, pages: [] });
    groups.get(key).pages.push(r);
  }
  for (const cat of CATEGORIES) {
    if (r.lhr.runtimeError || r.scores[cat] === 100) continue;
    for (const f of failing(r.lhr, cat)) {
      const key = `${cat}|${f.id}`;
      if (!groups.has(key)) groups.set(key, { cat, id: f.id, title: f.title, pages: [] });
      groups.get(key).pages.push({ ...r, f });
    }
  }
}
const where = (g) => {
  const byKind = new Map();
  for (const p of g.pages) {
    if (!byKind.has(p.kind)) byKind.set(p.kind, []);
    byKind.get(p.kind).push(p.f?.displayValue ? `${pageLabel(p)} (${p.f.displayValue})` : pageLabel(p));
  }
  return [...byKind].map(([k, ls]) => (SHARED.has(k) ? ls.join(', ') : `${k} ${ls.join(', ')}`)).join('; ');
};
const failingLines = [];
for (const cat of [...CATEGORIES, 'runtime']) {
  for (const g of [...groups.values()].filter((x) => x.cat === cat)) {
    const item = g.pages.map((p) => p.f?.audit.details?.items?.[0]).find(Boolean);
    const example = item ? ` (first item: ${clip(describe(item), 110)})` : '';
    failingLines.push(`- ${TITLE[cat] ?? 'Lighthouse error'}: \`${g.id}\` ${clip(g.title, 200)} — ${where(g)}${example}`);
  }
}
if (failingLines.length) {
  lines.push('Audits that cost points (audit id, title, pages):', '', ...failingLines);
} else {
  lines.push('Every page scores 100 in every category.');
}
if (errored.size) {
  const ids = [...errored].map(([id, e]) => `\`${id}\`${e.pages < results.length ? ` (${e.pages} of ${results.length} pages)` : ''}`);
  const message = [...errored.values()].map((e) => e.message.replace(/\s+/g, ' ')).sort((x, y) => x.length - y.length)[0];
  lines.push('', `Lighthouse failed to run ${ids.join(', ')} (weight 0, so the scores do not change; the shortest error: "${clip(message, 120)}").`);
}
const summary = `${lines.join('\n')}\n`;
writeFileSync(join(out, 'summary.md'), summary);

// details.md: per failing audit and page, the elements or resources named
// in the report, and each page's metrics.
function describe(item) {
  const parts = [];
  const node = item.node ?? (item.node === undefined && item.type === 'node' ? item : undefined);
  if (node?.selector) parts.push(`\`${node.selector}\``);
  if (node?.nodeLabel) parts.push(`"${clip(node.nodeLabel, 60)}"`);
  if (node?.snippet) parts.push(`\`${clip(node.snippet, 140)}\``);
  if (node?.explanation) parts.push(clip(node.explanation, 300));
  if (item.url) parts.push(item.url.replace(origin, ''));
  if (item.sourceLocation?.url) parts.push(item.sourceLocation.url.replace(origin, ''));
  if (item.source?.url) parts.push(`${item.source.url.replace(origin, '')}${item.source.line != null ? `:${item.source.line}` : ''}`);
  if (item.description) parts.push(clip(item.description));
  if (item.text) parts.push(clip(item.text));
  if (item.groupLabel) parts.push(item.groupLabel);
  if (item.duration) parts.push(`${Math.round(item.duration)} ms`);
  if (item.wastedBytes) parts.push(`${Math.round(item.wastedBytes / 1024 * 10) / 10} KiB wasted`);
  if (item.wastedMs) parts.push(`${Math.round(item.wastedMs)} ms`);
  if (item.cacheLifetimeMs !== undefined) parts.push(`cache ${item.cacheLifetimeMs} ms`);
  if (item.subItems?.items?.length) parts.push(`[${item.subItems.items.slice(0, 4).map(describe).join('; ')}]`);
  if (!parts.length) parts.push(clip(JSON.stringify(item), 200));
  return parts.join(' ');
}
const d = [];
d.push(`# Lighthouse audit details`, '', summary.split('\n')[0], '');
d.push('## Metrics (mobile, simulated slow 4G and 4× CPU slowdown)', '');
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
d.push(`| page | url | ${METRICS.map((m) => m.replace(/-/g, ' ')).join(' | ')} | transfer |`);
d.push(`|---|---|${METRICS.map(() => '---').join('|')}|---|`);
for (const r of results) {
  const m = METRICS.map((id) => r.lhr.audits[id]?.displayValue ?? '?');
  d.push(`| ${r.name} | ${r.url} | ${m.join(' | ')} | ${r.lhr.audits['total-byte-weight']?.displayValue ?? '?'} |`);
}
d.push('');
if (errored.size) {
  d.push('## Audits that could not run', '');
  for (const [id, e] of errored) d.push(`- \`${id}\` ${e.title} (${e.pages} pages): ${clip(e.message, 300)}`);
  d.push('');
}
for (const g of groups.values()) {
  d.push(`## ${TITLE[g.cat] ?? 'Lighthouse error'}: \`${g.id}\` ${g.title}`, '');
  const first = g.pages[0].f?.audit;
  if (first?.description) d.push(clip(first.description, 600), '');
  for (const p of g.pages) {
    const a = p.f?.audit;
    d.push(`- **${p.name}** (${p.url})${a?.displayValue ? `: ${a.displayValue}` : ''}${a?.errorMessage ? `: error ${a.errorMessage}` : ''}${a?.explanation ? `: ${clip(a.explanation, 300)}` : ''}`);
    const items = a?.details?.items ?? [];
    for (const it of items.slice(0, 12)) d.push(`  - ${describe(it)}`);
    if (items.length > 12) d.push(`  - … ${items.length - 12} more`);
  }
  d.push('');
}
writeFileSync(join(out, 'details.md'), `${d.join('\n')}\n`);
process.stdout.write(summary);
// A page Lighthouse could not audit fails the run (and keeps the README as it was).
if (results.some((r) => r.lhr.runtimeError)) {
  console.error('audit: Lighthouse could not audit every page (see above)');
  process.exitCode = 1;
}
