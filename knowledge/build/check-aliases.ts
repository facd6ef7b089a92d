/**
 * Checks the curated alias files in knowledge/data: every code exists at the right level, no name is
 * listed twice (as the occupation matcher reads names, so plurals, "centre"/"center" and case count as
 * the same name), names with several codes are marked ambiguous, and rows keep the agreed order.
 *
 *   npx tsx knowledge/build/check-aliases.ts          # checks knowledge/data, exits 1 on any problem
 *   npx tsx knowledge/build/check-aliases.ts <dir>    # checks another copy
 *
 * Order: an alias's rows stay together, most common reading first; aliases are sorted by the code of
 * their first row, then by alias (case-folded, code point order).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishTerms, hasHan, normalise } from '../../server/retrieval/text-analysis.ts';
import { KNOWLEDGE_DATA_DIR } from './build-data.ts';
import { type Row, readCsv } from './csv-files.ts';

type Language = 'en' | 'zh-TW';

/** How a note must start when an alias has more than one code. */
const AMBIGUOUS_PREFIX: Record<Language, string> = { en: 'ambiguous:', 'zh-TW': '多義：' };

interface AliasFile {
  file: string;
  columns: readonly string[];
  aliasColumn: string;
  language: (row: Row) => string;
  /** Unit groups (occupations.csv) or groups at levels 1-3 (isco08-groups.csv). */
  codes: 'unit' | 'group';
}

const ALIAS_FILES: readonly AliasFile[] = [
  {
    file: 'occupation-aliases-en.csv',
    columns: ['alias', 'isco08_code', 'note'],
    aliasColumn: 'alias',
    language: () => 'en',
    codes: 'unit',
  },
  {
    file: 'occupation-aliases-zh-tw.csv',
    columns: ['alias_zh_tw', 'isco08_code', 'note'],
    aliasColumn: 'alias_zh_tw',
    language: () => 'zh-TW',
    codes: 'unit',
  },
  {
    file: 'occupation-group-aliases.csv',
    columns: ['alias', 'language', 'isco08_code', 'note'],
    aliasColumn: 'alias',
    language: (row) => row.language ?? '',
    codes: 'group',
  },
];

export interface AliasFileReport {
  file: string;
  rows: number;
  aliases: number;
  ambiguous: number;
  problems: string[];
}

const isLanguage = (value: string): value is Language => Object.hasOwn(AMBIGUOUS_PREFIX, value);

/** The name as the occupation matcher compares it (English: stemmed words; Chinese: folded text). */
const matcherKey = (alias: string, language: Language) =>
  language === 'en' ? englishTerms(alias).join(' ') : normalise(alias).replace(/\s+/g, '');

/** Acronyms the matcher reads as stopwords ("IT" is "it"), which would make "IT manager" mean "manager". */
const droppedAcronyms = (alias: string) => (alias.match(/\b[A-Z]{2,}\b/g) ?? []).filter((word) => englishTerms(word).length === 0);

function knownCodes(dataDir: string): Record<AliasFile['codes'], Set<string>> {
  return {
    unit: new Set(readCsv(join(dataDir, 'occupations.csv')).map((row) => row.isco08_code!)),
    group: new Set(
      readCsv(join(dataDir, 'isco08-groups.csv'))
        .filter((row) => row.level !== '4')
        .map((row) => row.code!),
    ),
  };
}

function checkAliasFile(dataDir: string, spec: AliasFile, codes: Set<string>): AliasFileReport {
  const path = join(dataDir, spec.file);
  const found: { line: number; problem: string }[] = [];
  const report = (line: number, problem: string) => found.push({ line, problem: `line ${line}: ${problem}` });
  const header = readFileSync(path, 'utf8').split('\n', 1)[0];
  if (header !== spec.columns.join(',')) report(1, `header is "${header}", expected "${spec.columns.join(',')}"`);

  // Consecutive rows with the same alias and language form one alias group.
  const groups: { alias: string; language: Language; line: number; rows: Row[] }[] = [];
  for (const [index, row] of readCsv(path).entries()) {
    const line = index + 2;
    const alias = row[spec.aliasColumn] ?? '';
    const language = spec.language(row);
    const code = row.isco08_code ?? '';
    if (!isLanguage(language)) {
      report(line, `language "${language}" is not en or zh-TW`);
      continue;
    }
    if (alias === '' || alias !== alias.trim()) report(line, `alias "${alias}" is empty or has surrounding spaces`);
    // Chinese aliases may be Latin abbreviations used in Taiwan (MIS, QC); English ones have no Han.
    if (language === 'en' && hasHan(alias)) report(line, `"${alias}" is in Chinese but filed as English`);
    const lost = language === 'en' ? droppedAcronyms(alias) : [];
    if (lost.length > 0) report(line, `the matcher drops ${lost.join(', ')} from "${alias}" as a stopword`);
    if (!codes.has(code))
      report(line, `"${alias}" has code ${code}, which is not a ${spec.codes === 'unit' ? 'unit group' : 'level 1-3 group'}`);
    const last = groups.at(-1);
    if (last && last.alias === alias && last.language === language) last.rows.push(row);
    else groups.push({ alias, language, line, rows: [row] });
  }

  const byKey = new Map<string, { alias: string; line: number }>();
  let previous: { code: string; alias: string } | undefined;
  for (const { alias, language, line, rows } of groups) {
    const key = `${language}|${matcherKey(alias, language)}`;
    const earlier = byKey.get(key);
    if (earlier?.alias === alias) report(line, `the rows of "${alias}" are split (first at line ${earlier.line})`);
    else if (earlier) report(line, `"${alias}" is the same name to the matcher as "${earlier.alias}" (line ${earlier.line})`);
    else byKey.set(key, { alias, line });

    const rowCodes = rows.map((row) => row.isco08_code!);
    if (new Set(rowCodes).size < rowCodes.length) report(line, `"${alias}" lists a code twice (${rowCodes.join(', ')})`);
    const prefix = AMBIGUOUS_PREFIX[language];
    const marked = rows.filter((row) => (row.note ?? '').startsWith(prefix)).length;
    if (rows.length > 1 && marked < rows.length) report(line, `"${alias}" has ${rows.length} codes, so every note must start "${prefix}"`);
    if (rows.length === 1 && marked === 1) report(line, `"${alias}" is marked "${prefix}" but has one code`);

    const current = { code: rowCodes[0]!, alias: alias.toLowerCase() };
    if (previous && (previous.code > current.code || (previous.code === current.code && previous.alias > current.alias)))
      report(line, `"${alias}" (${current.code}) is out of order after "${previous.alias}" (${previous.code})`);
    previous = current;
  }
  const rows = groups.reduce((sum, group) => sum + group.rows.length, 0);
  const problems = found.sort((a, b) => a.line - b.line).map(({ problem }) => problem);
  return { file: spec.file, rows, aliases: groups.length, ambiguous: groups.filter((group) => group.rows.length > 1).length, problems };
}

export function checkAliases(dataDir: string = KNOWLEDGE_DATA_DIR): AliasFileReport[] {
  const codes = knownCodes(dataDir);
  return ALIAS_FILES.map((spec) => checkAliasFile(dataDir, spec, codes[spec.codes]));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const reports = checkAliases(resolve(process.argv[2] ?? KNOWLEDGE_DATA_DIR));
  for (const report of reports) {
    console.log(`${report.file}: ${report.rows} rows, ${report.aliases} names (${report.ambiguous} ambiguous)`);
    for (const problem of report.problems) console.log(`  ${problem}`);
  }
  if (reports.some((report) => report.problems.length > 0)) process.exitCode = 1;
}
