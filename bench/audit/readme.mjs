// Puts a generated Markdown text between the `<!-- audit:start -->` and
// `<!-- audit:end -->` markers of a README, replacing what was there.
// Usage: node readme.mjs README.md SUMMARY.md
import { readFileSync, writeFileSync } from 'node:fs';

const [readme, summary] = process.argv.slice(2);
if (!readme || !summary) {
  console.error('usage: node readme.mjs README.md SUMMARY.md');
  process.exit(2);
}
const START = '<!-- audit:start -->';
const END = '<!-- audit:end -->';
const text = readFileSync(readme, 'utf8');
const a = text.indexOf(START);
const b = text.indexOf(END);
if (a < 0 || b < a || text.indexOf(START, a + 1) >= 0) {
  console.error(`${readme}: needs exactly one ${START} followed by ${END}`);
  process.exit(1);
}
const body = readFileSync(summary, 'utf8').trim();
writeFileSync(readme, `${text.slice(0, a + START.length)}\n${body}\n${text.slice(b)}`);
console.log(`${readme}: audit section updated`);
