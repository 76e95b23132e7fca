// Unit tests of the theme's scripts, run in Node on the very files the site
// ships (themes/default/static/filter.js and search.js), without a browser:
// filter logic, query string round trip, plural texts, search normalisation
// (against the cases shared with the Rust index builder) and matching.
// Run: node tests/browser/unit.mjs  (no npm packages needed)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const root = new URL('../../', import.meta.url);
// The scripts come from the theme, or (QUARTIER_SCRIPTS=DIR) from a built
// site, where they are published minified.
const scripts = process.env.QUARTIER_SCRIPTS;
const read = (p) => scripts && p.startsWith('themes/default/static/')
  ? readFileSync(`${scripts}/${p.slice('themes/default/static/'.length)}`, 'utf8')
  : readFileSync(new URL(p, root), 'utf8');

// Loads a theme script the way a page does, but with no document.
function load(file, name) {
  const sandbox = { URLSearchParams };
  vm.createContext(sandbox);
  vm.runInContext(read(file), sandbox, { filename: file });
  return sandbox[name];
}
const F = load('themes/default/static/filter.js', 'quartierFilter');
const S = load('themes/default/static/search.js', 'quartierSearch');

test('scripts stay under 10 KB together', () => {
  const bytes = ['filter.js', 'search.js']
    .map((f) => Buffer.byteLength(read(`themes/default/static/${f}`)))
    .reduce((a, b) => a + b);
  assert.ok(bytes < 10240, `${bytes} bytes`);
});

test('filter: query string round trip keeps known keys in a fixed order', () => {
  const f = F.parse('?day=thu&x=1&day=tue&day=thu&childcare=yes&district=&spoken=ar');
  assert.deepEqual(JSON.parse(JSON.stringify(f)), { day: ['thu', 'tue'], childcare: ['yes'], spoken: ['ar'] });
  assert.equal(F.serialize(f), '?spoken=ar&day=thu&day=tue&childcare=yes');
  assert.deepEqual(JSON.parse(JSON.stringify(F.parse(F.serialize(f)))), JSON.parse(JSON.stringify(f)));
  assert.equal(F.serialize({}), '');
  assert.equal(F.serialize(F.parse('?district=s%C3%BCd')), '?district=s%C3%BCd');
});

test('filter: values of one key are alternatives, keys all apply', () => {
  const mama = { district: 'nord', category: 'language-course', day: 'tue thu', time: 'morning',
    audience: 'women parents', spoken: 'de tr ar', childcare: 'yes', cost: 'free' };
  const abend = { district: 'sued', category: 'language-course', day: 'mon', time: 'evening',
    audience: 'everyone', spoken: 'de ru', childcare: 'no', cost: 'paid' };
  const termin = { district: 'sued', category: 'information', day: '', time: '',
    audience: '', spoken: '', childcare: '', cost: '' };
  const pass = (q) => [mama, abend, termin].filter((c) => F.matches(c, F.parse(q))).length;
  assert.equal(pass(''), 3);
  assert.equal(pass('?category=language-course'), 2);
  assert.equal(pass('?day=mon&day=tue'), 2);
  assert.equal(pass('?day=mon&time=morning'), 0);
  assert.equal(pass('?day=tue&time=morning&childcare=yes&spoken=ar'), 1);
  assert.equal(pass('?spoken=ar&spoken=ru'), 2);
  assert.equal(pass('?cost=free'), 1);
  assert.equal(pass('?audience=women'), 1);
  // An offering that does not say (no fixed day) is not shown once a day is chosen.
  assert.equal(pass('?district=sued&day=fri'), 0);
  // "tue" must not match inside another token.
  assert.ok(!F.matches({ day: 'tuesday' }, F.parse('?day=tue')));
});

test('plural texts come from the CLDR category or an exact variant', () => {
  const ar = { zero: 'لا توجد خدمات', one: 'خدمة واحدة', two: 'خدمتان', few: '{n} خدمات', many: '{n} خدمةً', other: '{n} خدمة' };
  assert.equal(F.plural(ar, 0, 'ar'), 'لا توجد خدمات');
  assert.equal(F.plural(ar, 2, 'ar'), 'خدمتان');
  assert.equal(F.plural(ar, 5, 'ar'), '5 خدمات');
  assert.equal(F.plural(ar, 11, 'ar'), '11 خدمةً');
  const fa = { one: '{n} برنامه', other: '{n} برنامه', '=1': 'یک برنامه' };
  assert.equal(S.plural(fa, 1, 'fa'), 'یک برنامه');
  assert.equal(S.plural(fa, 3, 'fa'), '3 برنامه');
  const ru = { one: '{n} результат', few: '{n} результата', many: '{n} результатов' };
  assert.equal(S.plural(ru, 21, 'ru'), '21 результат');
  assert.equal(S.plural(ru, 3, 'ru'), '3 результата');
  assert.equal(S.plural(ru, 11, 'ru'), '11 результатов');
});

test('search normalisation agrees with the shared cases', () => {
  const { cases } = JSON.parse(read('tests/fixtures/search-normalisation.json'));
  assert.ok(cases.length >= 20);
  for (const c of cases) assert.equal(S.normalise(c.input), c.expected, c.why);
});

test('search finds every word however it is typed, titles first', () => {
  const doc = (t, s, body) => ({ u: t, t, s, x: S.normalise(`${t} ${s} ${body}`) });
  const docs = [
    doc('Kadınlar kahvesi', 'Çay ve sohbet', 'İstanbul tarifleri'),
    doc('Anneler Almanca öğreniyor', 'Sabah kursu', 'Öğretmenimiz Işık Hanım'),
    doc('ماما تتعلّم الألمانيّة', 'دورة لغة ألمانية للأمهات', 'في الصباح'),
    doc('Deutschkurs am Abend', 'Für Berufstätige', 'an der Hauptstraße, Kadınlar willkommen'),
    doc('Ёлка во дворе', 'Праздник', ''),
  ];
  const titles = (q) => Array.from(S.search(docs, q), (d) => d.t);
  assert.deepEqual(titles('KADINLAR'), ['Kadınlar kahvesi', 'Deutschkurs am Abend']);
  assert.deepEqual(titles('isik'), ['Anneler Almanca öğreniyor']);
  assert.deepEqual(titles('istanbul'), ['Kadınlar kahvesi']);
  assert.deepEqual(titles('ISTANBUL'), ['Kadınlar kahvesi']);
  assert.deepEqual(titles('ogren'), ['Anneler Almanca öğreniyor']);
  assert.deepEqual(titles('الالمانيه'), ['ماما تتعلّم الألمانيّة']);
  assert.deepEqual(titles('أُمَّهَات'), ['ماما تتعلّم الألمانيّة']);
  assert.deepEqual(titles('hauptstrasse'), ['Deutschkurs am Abend']);
  assert.deepEqual(titles('berufstätige abend'), ['Deutschkurs am Abend']);
  assert.deepEqual(titles('елка'), ['Ёлка во дворе']);
  assert.deepEqual(titles('almanca nothing'), []);
  assert.deepEqual(titles(' ,. '), []);
});
