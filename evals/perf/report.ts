import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../../server/paths.ts';

/** Writes results to evals/perf/results/<name>-<date>.json and .md, and returns the Markdown. */
export function writeReport(name: string, data: Record<string, unknown>, markdownTable: string): string {
  const date = new Date().toISOString().slice(0, 10);
  const dir = join(ROOT_DIR, 'evals/perf/results');
  mkdirSync(dir, { recursive: true });
  const machine = `Node ${process.version}, ${process.platform}/${process.arch}`;
  const markdown = `# ${name} (${date})\n\n${machine}\n\n${markdownTable}\n`;
  writeFileSync(join(dir, `${name}-${date}.json`), `${JSON.stringify({ date, machine, ...data }, null, 2)}\n`);
  writeFileSync(join(dir, `${name}-${date}.md`), markdown);
  return markdown;
}

export const table = (header: string[], rows: (string | number)[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
