/**
 * Fails when a line of code is wider than the formatter's 140 columns. The formatter breaks code, but
 * not string literals or comments: those are split by hand, or their prose moved into data files.
 * Widths are display columns (a Chinese character takes two), as the formatter counts them.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';

const MAX_COLUMNS = 140;
const CODE = /\.(ts|tsx|js|mjs|css)$/;
/** A line that is one regular expression (a vocabulary of alternatives): splitting it would only make it harder to read. */
const REGEX_LINE = /^\s*\/.+\/[dgimsuy]*[,;]?$/;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => CODE.test(file));

const long: string[] = [];
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue; // deleted in the working tree
  }
  text.split('\n').forEach((line, index) => {
    const width = stringWidth(line);
    if (width > MAX_COLUMNS && !REGEX_LINE.test(line)) long.push(`${file}:${index + 1}: ${width} columns`);
  });
}
if (long.length > 0) {
  console.error(`${long.length} lines are wider than ${MAX_COLUMNS} columns:\n${long.join('\n')}`);
  process.exit(1);
}
