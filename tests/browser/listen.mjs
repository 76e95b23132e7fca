// Listening in headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM),
// driven by tests/it/listen.rs on the basic fixture built with recordings
// (de.mp3 beside the German offering text, ar.mp3 beside an Arabic district
// text), so that:
//   /de/nordviertel/deutschkurs/  LTR, a recording: the player
//   /ar/nordviertel/              RTL, a recording: the player
//   /ar/nordviertel/deutschkurs/  RTL, no recording: "read aloud"
//   /de/nordviertel/              LTR, no recording: "read aloud"
// `speechSynthesis` is replaced before any script runs (page.addInitScript)
// by a stub with a list of voices that records what it is asked to speak.
// Checked: the button shows only with a voice of the page's language (also
// when the voices come late, with `voiceschanged`), never with only other
// languages' voices, never without JavaScript; pressing it speaks the
// `data-read` parts with that voice, pressing again stops; an error
// `language-unavailable` hides it; axe finds nothing on the new elements.
// With --shots DIR it also saves screenshots at 360 px.
//
// Usage: node tests/browser/listen.mjs SITE_DIR [--shots DIR]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const args = process.argv.slice(2);
const dir = args[0];
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? args[shotsAt + 1] : null;
if (!dir) {
  console.error('usage: node listen.mjs SITE_DIR [--shots DIR]');
  process.exit(2);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.mp3': 'audio/mpeg', '.opus': 'audio/ogg',
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
const check = (ok, msg) => (ok ? console.log(`ok   ${msg}`) : fail(msg));

// The stub: `voices` now, `late` when the test calls __arrive() (with `voiceschanged`);
// `error` makes every utterance fail with that error; each takes `ms`.
function stub({ voices, late, error, ms = 200 }) {
  const spoken = [];
  let list = voices;
  const listeners = [];
  const synth = {
    speaking: false,
    getVoices: () => list.slice(),
    speak(u) {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name });
      this.speaking = true;
      setTimeout(() => {
        this.speaking = false;
        if (error) { if (u.onerror) u.onerror({ error }); } else if (u.onend) u.onend({});
      }, ms);
    },
    cancel() { this.speaking = false; spoken.push({ cancel: true }); },
    addEventListener(type, f) { if (type === 'voiceschanged') listeners.push(f); },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ''; this.voice = null; };
  window.__spoken = spoken;
  // The test says when the late voices come.
  window.__arrive = () => { list = late; listeners.forEach((f) => f({})); };
}

const V = {
  de: { name: 'German local', lang: 'de-DE', localService: true, default: false, voiceURI: 'de' },
  deNet: { name: 'German network', lang: 'de-DE', localService: false, default: false, voiceURI: 'de2' },
  ar: { name: 'Arabic', lang: 'ar-SA', localService: true, default: false, voiceURI: 'ar' },
  en: { name: 'English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
};

async function open(path, setup, js = true) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 }, javaScriptEnabled: js,
  });
  await context.route('**/*', (r) => (r.request().url().startsWith(origin + '/') ? r.continue() : r.abort()));
  if (setup) await context.addInitScript(stub, setup);
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(`${path}: script error ${e.message}`));
  await page.goto(origin + path);
  return { page, context };
}
const visible = (page) => page.evaluate(() => {
  const b = document.getElementById('read-aloud');
  return !!b && !b.hidden && b.getBoundingClientRect().height > 0;
});

async function audit(page, label) {
  await page.addScriptTag({ content: AXE });
  const r = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  for (const v of r.violations) {
    fail(`${label}: axe ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  }
  check(r.violations.length === 0, `${label}: axe`);
}

// The player, LTR and RTL: there, labelled, loading nothing until pressed.
for (const [path, lang, dirn] of [['/de/nordviertel/deutschkurs/', 'de', 'ltr'], ['/ar/nordviertel/', 'ar', 'rtl']]) {
  const { page, context } = await open(path, { voices: [V.de, V.ar] });
  const p = await page.evaluate(() => {
    const a = document.querySelector('.listen audio');
    return a && {
      preload: a.getAttribute('preload'),
      type: a.querySelector('source').type,
      label: document.getElementById(a.getAttribute('aria-labelledby')).textContent,
      width: a.getBoundingClientRect().width,
      dir: getComputedStyle(a).direction,
      readAloud: !!document.getElementById('read-aloud'),
      network: performance.getEntriesByType('resource').some((e) => /\.mp3/.test(e.name)),
    };
  });
  check(p && p.preload === 'none' && p.type === 'audio/mpeg' && p.label.trim().length > 0, `${path}: player labelled, preload none`);
  check(p && !p.network, `${path}: the recording is not loaded before it is played`);
  check(p && p.width > 250 && p.width <= 360, `${path}: player fits 360 px (${p && p.width})`);
  check(p && p.dir === dirn, `${path}: player in a ${dirn} page`);
  check(p && !p.readAloud, `${path}: no read-aloud beside a recording`);
  await audit(page, `${path} (${lang})`);
  if (shots) await page.locator('.listen').screenshot({ path: join(shots, `listen-${lang}.png`) });
  if (shots) await page.screenshot({ path: join(shots, `listen-page-${lang}.png`) });
  await context.close();
}

// Read aloud on the Arabic page (RTL) with an Arabic voice, after only
// other languages' voices came first.
{
  const path = '/ar/nordviertel/deutschkurs/';
  const { page, context } = await open(path, { voices: [V.en, V.de] });
  await page.waitForTimeout(200);
  check(!(await visible(page)), `${path}: hidden with only en-US and de-DE voices`);
  await context.close();
}
{
  const path = '/ar/nordviertel/deutschkurs/';
  const { page, context } = await open(path, { voices: [V.en], late: [V.en, V.ar] });
  check(!(await visible(page)), `${path}: hidden before the voices come`);
  await page.evaluate(() => window.__arrive());
  await page.waitForFunction(() => !document.getElementById('read-aloud').hidden, null, { timeout: 5000 }).catch(() => {});
  check(await visible(page), `${path}: shown after voiceschanged brings an Arabic voice`);
  const dirn = await page.evaluate(() => getComputedStyle(document.querySelector('#read-aloud button')).direction);
  check(dirn === 'rtl', `${path}: button in the RTL flow`);
  await audit(page, `${path} read aloud (ar)`);
  if (shots) await page.screenshot({ path: join(shots, 'read-aloud-ar.png') });
  await page.click('#read-aloud button');
  const label = await page.textContent('#read-aloud button');
  const spoken = await page.evaluate(() => window.__spoken.filter((s) => !s.cancel));
  const title = (await page.textContent('h1')).trim();
  const lead = (await page.textContent('p.lead')).trim();
  check(spoken.length >= 1 && spoken.every((s) => s.voice === 'Arabic' && s.lang === 'ar-SA'), `${path}: speaks with the Arabic voice only (${JSON.stringify(spoken.map((s) => s.voice))})`);
  check(spoken.length >= 1 && spoken[0].text === title, `${path}: reads the title first`);
  check(label.includes('أوقف'), `${path}: the button now says stop (${label.trim()})`);
  await page.waitForTimeout(1500);
  const all = await page.evaluate(() => window.__spoken.filter((s) => !s.cancel).map((s) => s.text));
  check(all.includes(lead) && all.length === 4, `${path}: reads title, when, where and summary (${all.length} parts)`);
  const after = await page.textContent('#read-aloud button');
  check(after.includes('اقرأ'), `${path}: back to "read aloud" at the end`);
  await context.close();
}

// German page (LTR): the phone's own voice preferred over a network one;
// pressing again stops.
{
  const path = '/de/nordviertel/';
  const { page, context } = await open(path, { voices: [V.en, V.deNet, V.de], ms: 2000 });
  check(await visible(page), `${path}: shown with a German voice`);
  await audit(page, `${path} read aloud (de)`);
  if (shots) await page.screenshot({ path: join(shots, 'read-aloud-de.png') });
  await page.click('#read-aloud button');
  await page.click('#read-aloud button');
  const s = await page.evaluate(() => window.__spoken);
  check(s[1] && s[1].voice === 'German local', `${path}: the voice on the phone first (${JSON.stringify(s[1])})`);
  check(s.length >= 3 && s[s.length - 1].cancel, `${path}: pressed again, it stops`);
  check((await page.textContent('#read-aloud button')).includes('Vorlesen'), `${path}: label back after stop`);
  await page.waitForTimeout(2500);
  check((await page.evaluate(() => window.__spoken.filter((x) => !x.cancel).length)) === 1, `${path}: nothing more read after stop`);
  await context.close();
}

// A voice that turns out not to be installed (Android): hidden, silent.
{
  const path = '/de/nordviertel/';
  const { page, context } = await open(path, { voices: [V.de], error: 'language-unavailable' });
  await page.click('#read-aloud button');
  await page.waitForTimeout(300);
  check(!(await visible(page)), `${path}: hidden after language-unavailable`);
  await context.close();
}

// Without JavaScript: hidden, whatever voices there are.
{
  const path = '/de/nordviertel/';
  const { page, context } = await open(path, null, false);
  check(!(await visible(page)), `${path}: hidden without JavaScript`);
  await context.close();
}

await browser.close();
server.close();
console.log(failures.length ? `${failures.length} failures` : 'listen: all passed');
process.exit(failures.length ? 1 : 0);
