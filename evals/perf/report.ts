import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../../server/paths.ts';

/**
 * Writes results to evals/perf/results/<name>-<date>.json and .md, replaces the README block between
 * `<!-- <name>:start -->` and `<!-- <name>:end -->`, and returns the Markdown.
 */
export function writeReport(name: string, data: Record<string, unknown>, markdownTable: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const dir = join(ROOT_DIR, 'evals/perf/results');
  mkdirSync(dir, { recursive: true });
  const machine = `Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} cores`;
  const markdown = `# ${name} (${date})\n\n${machine}\n\n${markdownTable}\n`;
  writeFileSync(join(dir, `${name}-${date}.json`), `${JSON.stringify({ date, machine, ...data }, null, 2)}\n`);
  writeFileSync(join(dir, `${name}-${date}.md`), markdown);
  const readme = join(ROOT_DIR, 'README.md');
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const text = readFileSync(readme, 'utf8');
  if (text.includes(start) && text.includes(end)) {
    const block = `${start}\nMeasured ${date} (${machine}; \`evals/perf/results/${name}-${date}.md\`):\n\n${markdownTable}\n${end}`;
    writeFileSync(readme, text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length));
  }
  return markdown;
}

export const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
