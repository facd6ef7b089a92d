/**
 * `npm run bench:bundle`: gzip size of the JavaScript a first visit to each page loads (the entry
 * script, its preloaded chunks and the page's lazy chunk), against the 300 kB budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST_DIR } from '../../server/paths.ts';
import { table, writeReport } from './report.ts';

const BUDGET_KB = 300;
const assets = join(WEB_DIST_DIR, 'assets');
const gz = (file: string) => gzipSync(readFileSync(join(assets, file))).length / 1024;
const html = readFileSync(join(WEB_DIST_DIR, 'index.html'), 'utf8');
const entry = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((match) => match[1]!);
const files = readdirSync(assets).filter((file) => file.endsWith('.js'));
const page = (prefix: string) => files.filter((file) => file.startsWith(prefix));
const entryKb = entry.reduce((sum, file) => sum + gz(file), 0);
const rows = ['chat-page', 'occupations-page', 'countries-page', 'about-page'].map((name) => {
  const kb = entryKb + page(name).reduce((sum, file) => sum + gz(file), 0);
  return [name, `${kb.toFixed(1)} kB`, kb <= BUDGET_KB ? 'within budget' : 'OVER BUDGET'];
});
const markdown = writeReport(
  'bench-bundle',
  { entryKb, budgetKb: BUDGET_KB, rows },
  table(['first visit to', 'JS gzip', `budget ${BUDGET_KB} kB`], rows),
);
console.log(markdown);
if (rows.some((row) => row[2] !== 'within budget')) process.exitCode = 1;
