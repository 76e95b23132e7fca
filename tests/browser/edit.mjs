// `quartier edit` in headless Chromium, used as a social worker and a
// translator would use it:
//
// - without JavaScript, in German: make an offering through the forms
//   (district, title, kind, place, a weekly time), and see it saved;
// - with JavaScript: write its Arabic text (right to left, with the
//   Markdown preview while typing), save, and find both texts on the live
//   preview's pages;
// - change one value of an offering whose file has comments: the file's
//   diff is that one line and the comments stay;
// - a time that ends before it starts: the error is shown at the field,
//   the field is marked invalid, and the file is not written;
// - the German text changes and is committed with the button; the Arabic
//   text then shows what changed, word by word; the commit holds exactly
//   the changed files, with the author from git's configuration;
// - a change posted without the session token, and a request with a
//   foreign Host, are refused;
// - axe-core (WCAG 2.1 A/AA) finds nothing on the main screens, in German
//   and in the Arabic translation view.
//
// With --shots DIR it saves screenshots of the main screens (docs/img).
//
// Usage: node tests/browser/edit.mjs SITE_ROOT HOST:PORT [--shots DIR]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const args = process.argv.slice(2);
const [root, addr] = args.filter((a) => !a.startsWith('--'));
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? args[shotsAt + 1] : null;
const base = `http://${addr}`;
const failures = [];
// Never hang a test run: a stuck page fails the whole script.
setTimeout(() => { console.error('FAIL timed out after 4 minutes'); process.exit(1); }, 240000).unref();
const check = (ok, what) => {
  if (!ok) {
    failures.push(what);
    console.error(`FAIL ${what}`);
  } else {
    console.log(`ok   ${what}`);
  }
};
const read = (rel) => readFileSync(join(root, rel), 'utf8');
const git = (...a) => execFileSync('git', ['-C', root, ...a], { encoding: 'utf8' });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function axe(page, what) {
  // Evaluated, not added as a script tag: the workbench's
  // Content-Security-Policy allows only its own scripts.
  await page.evaluate(`${AXE}\n;true`);
  const r = await page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const res = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  }, TAGS);
  check(r.length === 0, `axe finds nothing on ${what}${r.length ? ': ' + r.join('; ') : ''}`);
}

async function shot(page, name) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
}

// 1. Without JavaScript, in German: a new offering through the forms.
const plain = await browser.newContext({
  javaScriptEnabled: false, locale: 'de-DE', viewport: { width: 1280, height: 900 }, bypassCSP: true,
});
let page = await plain.newPage();
await page.goto(`${base}/__edit/`);
await shot(page, 'edit-overview');
await page.getByRole('link', { name: 'Neues Angebot', exact: true }).click();
await page.getByLabel('Stadtteil', { exact: true }).selectOption('nordviertel');
await page.getByLabel('Titel', { exact: true }).fill('Sprachcafé für Mütter');
await page.getByLabel('Kurzbeschreibung', { exact: true }).fill('Deutsch sprechen: beim Kaffee, mit Kinderbetreuung.');
await page.getByLabel('Art des Angebots').selectOption('language-course');
await page.getByLabel('Ort', { exact: true }).selectOption('haus');
await page.getByLabel('Kinderbetreuung').selectOption('true');
await page.getByLabel('Jede Woche').check();
await page.locator('[name="schedule.weekly.0.day"]').selectOption('wed');
await page.locator('[name="schedule.weekly.0.start"]').fill('15:00');
await page.locator('[name="schedule.weekly.0.end"]').fill('16:30');
await page.getByRole('button', { name: 'Anlegen' }).click();
check(page.url().includes('/__edit/offering/nordviertel/sprachcafe-fuer-muetter'), `the new offering has the suggested id (${page.url()}: ${(await page.locator('.findings, .sch-error, .notice').allTextContents()).join(' | ')})`);
check(await page.getByText('Gespeichert').isVisible(), 'the page says it is saved');
const made = read('content/nordviertel/sprachcafe-fuer-muetter/offering.yaml');
check(made.includes('kind: language-course') && made.includes('{ day: wed, start: "15:00", end: "16:30" }'), `offering.yaml as the content model writes it:\n${made}`);
check(read('content/nordviertel/sprachcafe-fuer-muetter/de.md').includes("title: Sprachcafé für Mütter"), 'de.md has the title');
await plain.close();

// 2. With JavaScript: the Arabic text, typed right to left.
const ctx = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 }, bypassCSP: true });
page = await ctx.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`${base}/__edit/`);
await axe(page, 'the overview');
await page.goto(`${base}/__edit/offering/nordviertel/sprachcafe-fuer-muetter`);
await page.locator('ul.texts li', { hasText: 'العربية' }).getByRole('link').click();
const title = page.getByLabel('Titel', { exact: true });
check(await title.getAttribute('dir') === 'rtl' && await title.getAttribute('lang') === 'ar', 'the Arabic title field is lang=ar dir=rtl');
check(await title.evaluate((e) => getComputedStyle(e).direction) === 'rtl', 'and is typed right to left');
await title.fill('مقهى اللغة للأمهات');
await page.getByLabel('Kurzbeschreibung', { exact: true }).fill('نتحدث الألمانية مع القهوة، مع رعاية الأطفال.');
await page.getByLabel('Text', { exact: true }).pressSequentially('نلتقي **كل أربعاء**.', { delay: 5 });
await page.waitForFunction(() => document.querySelector('#preview-target strong')?.textContent === 'كل أربعاء', null, { timeout: 10000 })
  .then(() => check(true, 'the Markdown preview follows the typing'), () => check(false, 'the Markdown preview follows the typing'));
await page.getByRole('button', { name: 'Übersetzung speichern' }).click();
check(await page.getByText('Gespeichert').isVisible(), 'the translation is saved');
const ar = read('content/nordviertel/sprachcafe-fuer-muetter/ar.md');
check(/translation_of: [0-9a-f]{8}/.test(ar), 'saving marks the translation up to date (translation_of)');
await axe(page, 'the Arabic translation view');
// The live preview shows both texts.
const shows = async (path, text) => {
  const p = await ctx.newPage();
  for (let i = 0; i < 50; i++) {
    await p.goto(`${base}${path}`);
    if ((await p.content()).includes(text)) break;
    await p.waitForTimeout(200);
  }
  const ok = (await p.content()).includes(text);
  await p.close();
  return ok;
};
check(await shows('/de/nordviertel/sprachcafe-fuer-muetter/', 'Sprachcafé für Mütter'), 'the preview shows the German page');
check(await shows('/ar/nordviertel/sprachcafe-fuer-muetter/', 'مقهى اللغة للأمهات'), 'the preview shows the Arabic page');

// 3. One value of a file with comments: one line changes.
const rel = 'content/nordviertel/deutschkurs/offering.yaml';
const before = read(rel);
await page.goto(`${base}/__edit/offering/nordviertel/deutschkurs`);
await shot(page, 'edit-offering');
await axe(page, 'the offering form');
await page.getByLabel('Kinderbetreuung').selectOption('false');
await page.getByRole('button', { name: 'Speichern', exact: true }).click();
const after = read(rel);
const a = before.split('\n');
const b = after.split('\n');
const diff = a.map((l, i) => [l, b[i]]).filter(([x, y]) => x !== y);
check(a.length === b.length && diff.length === 1 && diff[0][1].startsWith('childcare: false'), `one line changed: ${JSON.stringify(diff)}`);
check(after.includes('# zwei Betreuerinnen') && after.includes('# Ferien'), 'the comments are still there');

// 4. A time that ends before it starts.
await page.locator('[name="schedule.weekly.0.start"]').fill('11:00');
await page.locator('[name="schedule.weekly.0.end"]').fill('09:00');
await page.getByRole('button', { name: 'Speichern', exact: true }).click();
const end = page.locator('[name="schedule.weekly.0.end"]');
check(await end.getAttribute('aria-invalid') === 'true', 'the end field is marked invalid');
const errId = (await end.getAttribute('aria-describedby') || '').split(' ').find((i) => i.endsWith('-err'));
const err = page.locator(`#${errId}`);
check(errId && await err.isVisible() && /09:00/.test(await err.textContent()), `the loader's message is at the field: ${errId && await err.textContent()}`);
if (errId) {
  const [f, e] = [await end.boundingBox(), await err.boundingBox()];
  check(e.y >= f.y && e.y - (f.y + f.height) < 80, 'right under it');
}
check(read(rel) === after, 'and nothing was written');
await shot(page, 'edit-error');

// 5. The German text changes and is committed; the Arabic one shows what changed.
await page.goto(`${base}/__edit/text/offering/nordviertel/deutschkurs/de`);
const summary = page.getByLabel('Kurzbeschreibung', { exact: true });
await summary.fill((await summary.inputValue()).replace('Vormittag', 'Nachmittag'));
await page.getByRole('button', { name: 'Speichern', exact: true }).click();
await page.goto(`${base}/__edit/changes`);
check(await page.getByText('Mama lernt Deutsch — Text auf Deutsch geändert').isVisible(), 'the panel says what changed in plain words');
await shot(page, 'edit-changes');
await axe(page, 'the changes panel');
const changed = git('status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).map((l) => l.slice(3)).sort();
await page.getByRole('button', { name: 'Änderungen speichern' }).click();
check(await page.getByText('gespeichert (').isVisible(), 'the commit is confirmed');
const committed = git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort();
check(JSON.stringify(committed) === JSON.stringify(changed), `one commit with exactly the changed files: ${committed} vs ${changed}`);
check(git('log', '-1', '--format=%an').trim() === 'Ayşe Demir', 'by the author git knows');
check(git('status', '--porcelain').trim() === '', 'nothing is left uncommitted');
await page.goto(`${base}/__edit/text/offering/nordviertel/deutschkurs/ar`);
check(await page.locator('.changed del').first().isVisible(), 'the removed word is shown');
check((await page.locator('.changed ins').allTextContents()).some((t) => t.includes('Nachmittag')), 'the new word is shown');
await page.setViewportSize({ width: 1280, height: 1100 });
await shot(page, 'edit-translate');

// 6. Refusals.
const status = await page.evaluate(async () => {
  const r = await fetch('/__edit/offering/nordviertel/deutschkurs', {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'childcare=true',
  });
  return r.status;
});
check(status === 403, `a change without the token is refused (${status})`);
const foreign = await new Promise((ok) => {
  const [host, port] = addr.split(':');
  request({ host, port, path: '/__edit/', headers: { Host: `rebind.example:${port}` } }, (res) => { res.resume(); ok(res.statusCode); }).end();
});
check(foreign === 421, `a foreign Host is refused (${foreign})`);
check(errors.length === 0, `no script errors: ${errors.join('; ')}`);

await browser.close();
if (failures.length) console.error(`${failures.length} check(s) failed`);
process.exit(failures.length ? 1 : 0);
