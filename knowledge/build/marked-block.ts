import { readFileSync, writeFileSync } from 'node:fs';

/** Rewrites the text between two marker comments of a file the build keeps in step with the data. */
export function replaceMarkedBlock(path: string, start: string, end: string, body: string): void {
  const text = readFileSync(path, 'utf8');
  const begin = text.indexOf(start);
  const finish = text.indexOf(end);
  if (begin < 0 || finish < begin) throw new Error(`${path} lacks the markers ${start} … ${end}`);
  writeFileSync(path, `${text.slice(0, begin + start.length)}\n${body}\n${text.slice(finish)}`);
}
