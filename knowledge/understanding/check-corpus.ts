// Checks knowledge/understanding/operation-questions.jsonl, the labelled questions a question classifier learns
// operations from: every line well formed, labels and languages valid, counts per operation and language within
// the targets, and no wording template reused with only the entity swapped. The classifier sees questions with
// entity names replaced by placeholders, so two lines that differ only in a job, country or number teach it
// nothing new; this script finds them by stripping entity names (from knowledge/data), capitalised words and
// digits, and flags any stripped form shared by more than two lines or by lines with different labels.
//
// Run: npx tsx knowledge/understanding/check-corpus.ts [path-to-jsonl]   (exit code 1 when a check fails)
//      SHOW_PAIRS=1 also prints the templates shared by exactly two lines (allowed, but worth a look).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { OPERATIONS, type Operation } from '../../server/understanding/operation-classifier.ts';

const LANGUAGES = ['en', 'zh-TW'] as const;
type Language = (typeof LANGUAGES)[number];

// Targets from the corpus brief: about 100 out_of_scope, about 60 help, 150-180 for every other operation,
// about 1,800 lines, at least 45% Traditional Chinese; find_tasks (added later) starts with 40-80.
const COUNT_TARGETS = {
  ...(Object.fromEntries(OPERATIONS.map((op) => [op, [150, 180]])) as Record<Operation, [number, number]>),
  find_tasks: [40, 80],
  out_of_scope: [90, 115],
  help: [50, 70],
} satisfies Record<Operation, [number, number]>;
const TOTAL_TARGET: [number, number] = [1700, 2400];
const MIN_ZH_SHARE = 0.45;
// "No two lines may share the same wording template with only the entity swapped more than twice."
const MAX_LINES_PER_TEMPLATE = 2;

// Common characters that exist only in Simplified Chinese; one of them in a zh-TW line means the line was not
// written in Taiwan usage.
const SIMPLIFIED_ONLY = new Set(
  '们这会为对么职业该吗说国员师计还从动发经过问题个来时样没让给见书学习数据级务广产门导护医银币农际视关传讯应设开'.split(''),
);
// Generic words that ESCO also lists as job titles; stripping them as entities would merge unrelated wordings.
const GENERIC_WORDS = new Set(['worker', 'workers', 'assistant', 'director', 'manager', 'agent', 'employee', 'staff', 'people']);
// Entity names that knowledge/data does not list: sectors, regions, income groups and everyday job words the
// corpus uses (sexes and study years stay wording).
const EXTRA_ENTITIES_EN = [
  'high-income',
  'low-income',
  'upper-middle-income',
  'lower-middle-income',
  'upper-middle income',
  'lower-middle income',
  'high income',
  'low income',
  'agriculture',
  'mining',
  'manufacturing',
  'construction',
  'retail',
  'banking',
  'finance',
  'finance and insurance',
  'hospitality',
  'education',
  'health',
  'public administration',
  'transport and storage',
  'ict',
];
const EXTRA_ENTITIES_ZH = [
  '高所得',
  '低所得',
  '中高所得',
  '中低所得',
  '歐洲',
  '亞洲',
  '非洲',
  '拉美',
  '拉丁美洲',
  '北美',
  '南亞',
  '東亞',
  '東南亞',
  '中東',
  '美洲',
  '撒哈拉以南非洲',
  '北歐',
  '製造業',
  '零售業',
  '金融業',
  '農業',
  '營造業',
  '醫療業',
  '教育業',
  '餐飲業',
  '公部門',
  '銀行業',
  '銀行',
  '醫療',
  '金融',
  '零售',
  '製造',
  '教育',
  '餐飲',
  '觀光',
  '工程師',
  '設計師',
  '經濟學家',
  '統計人員',
  '核保人員',
  '音樂人',
  '資訊人員',
  '辦事員',
  '鎖匠',
  '養蜂',
];

interface Row {
  line: number;
  text: string;
  language: Language;
  operation: Operation;
}

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, '..', 'data');
const corpusPath = process.argv[2] ?? join(here, 'operation-questions.jsonl');

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(join(dataDir, file), 'utf8'), { columns: true, skip_empty_lines: true });
}

function splitAliases(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

function buildLexicon(): { en: Set<string>; zh: Set<string>; maxEnWords: number } {
  const en = new Set<string>(EXTRA_ENTITIES_EN);
  const zh = new Set<string>(EXTRA_ENTITIES_ZH);
  for (const r of readCsv('countries.csv')) {
    for (const name of [r.name_en, r.world_bank_name, ...splitAliases(r.aliases_en)]) if (name) en.add(name.toLowerCase());
    for (const name of [r.name_zh_tw, ...splitAliases(r.aliases_zh_tw)]) if (name) zh.add(name);
  }
  for (const r of readCsv('isco08-titles-zh-tw.csv')) {
    if (r.title_en) en.add(r.title_en.toLowerCase());
    if (r.title_zh_tw) zh.add(r.title_zh_tw);
  }
  for (const r of readCsv('occupation-aliases-en.csv')) if (r.alias) en.add(r.alias.toLowerCase());
  for (const r of readCsv('occupation-aliases-zh-tw.csv')) if (r.alias_zh_tw) zh.add(r.alias_zh_tw);
  for (const r of readCsv('occupation-labels.csv')) if (r.label) en.add(r.label.toLowerCase());
  for (const word of GENERIC_WORDS) en.delete(word);
  for (const name of zh) if ([...name].length < 2) zh.delete(name);
  const maxEnWords = Math.max(...[...en].map((s) => s.split(' ').length));
  return { en, zh, maxEnWords: Math.min(maxEnWords, 8) };
}

// '#' is a placeholder left by an earlier step and must survive tokenising.
const WORD = /#|[\p{L}\p{N}][\p{L}\p{N}'’&-]*/gu;

function stripEnglishEntities(text: string, lexicon: Set<string>, maxWords: number): string {
  const words = text.toLowerCase().match(WORD) ?? [];
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let n = Math.min(maxWords, words.length - i); n >= 1 && !matched; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const singular = phrase.replace(/(?:'s|’s|es|s)$/, '');
      if (lexicon.has(phrase) || lexicon.has(singular) || lexicon.has(phrase.replace(/s$/, ''))) matched = n;
    }
    out.push(matched ? '#' : (words[i] as string));
    i += matched || 1;
  }
  return out.join(' ');
}

function stripChineseEntities(text: string, lexicon: Set<string>): string {
  const chars = [...text];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    let matched = 0;
    for (let n = Math.min(12, chars.length - i); n >= 2 && !matched; n--) {
      if (lexicon.has(chars.slice(i, i + n).join(''))) matched = n;
    }
    out += matched ? '#' : chars[i];
    i += matched || 1;
  }
  return out;
}

// The wording around the entities: capitalised Latin words after the first word of a sentence, known entity
// names and digits become one placeholder, punctuation and spacing are dropped. With keepStudyYears the study
// years stay apart ("2023 vs 2025" asks for a change, "Kenya vs Ghana" for a comparison), which is how labels
// are checked for consistency; duplicates are counted without them, as the brief asks.
function templateKey(row: Row, lexicon: ReturnType<typeof buildLexicon>, keepStudyYears: boolean): string {
  let text = row.text.replace(/(?<!^|[.?!]\s+)\b\p{Lu}[\p{Script=Latin}\p{N}'’&-]*/gu, '#');
  if (keepStudyYears) text = text.replace(/20(23|25)/g, (_, y: string) => (y === '23' ? ' studyold ' : ' studynew '));
  text = row.language === 'en' ? stripEnglishEntities(text, lexicon.en, lexicon.maxEnWords) : stripChineseEntities(text, lexicon.zh);
  return text
    .toLowerCase()
    .replace(/\p{N}+(?:[.,]\p{N}+)*/gu, '#')
    .replace(/[^\p{L}#]+/gu, ' ')
    .replace(/#(?:\s*#)+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();
}

function parseRows(errors: string[]): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(corpusPath, 'utf8').split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') {
      if (index !== lines.length - 1) errors.push(`line ${line}: empty line`);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push(`line ${line}: not JSON`);
      return;
    }
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj ?? {}).sort();
    if (keys.join(',') !== 'language,operation,text') {
      errors.push(`line ${line}: keys must be text, language, operation (got ${keys.join(', ')})`);
      return;
    }
    const { text, language, operation } = obj;
    if (typeof text !== 'string' || text.trim() === '' || text !== text.trim()) {
      errors.push(`line ${line}: text must be a non-empty trimmed string`);
      return;
    }
    if (!LANGUAGES.includes(language as Language)) {
      errors.push(`line ${line}: unknown language ${JSON.stringify(language)}`);
      return;
    }
    if (!OPERATIONS.includes(operation as Operation)) {
      errors.push(`line ${line}: unknown operation ${JSON.stringify(operation)}`);
      return;
    }
    rows.push({ line, text, language: language as Language, operation: operation as Operation });
  });
  return rows;
}

function checkLanguage(rows: Row[], errors: string[]): void {
  const han = /\p{Script=Han}/u;
  for (const row of rows) {
    if (row.language === 'zh-TW' && !han.test(row.text)) errors.push(`line ${row.line}: zh-TW without Chinese characters: ${row.text}`);
    if (row.language === 'en' && han.test(row.text)) errors.push(`line ${row.line}: en with Chinese characters: ${row.text}`);
    if (row.language === 'zh-TW') {
      const simplified = [...row.text].filter((c) => SIMPLIFIED_ONLY.has(c));
      if (simplified.length) errors.push(`line ${row.line}: simplified characters ${simplified.join('')}: ${row.text}`);
    }
  }
}

function checkDuplicates(rows: Row[], errors: string[], notes: string[]): void {
  const lexicon = buildLexicon();
  const exact = new Map<string, Row>();
  const templates = new Map<string, Row[]>();
  const labelled = new Map<string, Row[]>();
  const add = (map: Map<string, Row[]>, key: string, row: Row) => map.set(key, [...(map.get(key) ?? []), row]);
  for (const row of rows) {
    const normal = row.text.toLowerCase().replace(/\s+/g, ' ');
    const earlier = exact.get(normal);
    if (earlier) errors.push(`line ${row.line}: same text as line ${earlier.line}: ${row.text}`);
    else exact.set(normal, row);
    add(templates, templateKey(row, lexicon, false), row);
    add(labelled, templateKey(row, lexicon, true), row);
  }
  const describe = (group: Row[]) => group.map((r) => `  ${r.line} [${r.operation}] ${r.text}`).join('\n');
  for (const [key, group] of labelled) {
    if (new Set(group.map((r) => r.operation)).size > 1) errors.push(`template "${key}" has different labels:\n${describe(group)}`);
  }
  let pairs = 0;
  for (const [key, group] of templates) {
    if (process.env.SHOW_PAIRS && group.length === 2) console.log(describe(group));
    if (group.length > MAX_LINES_PER_TEMPLATE) errors.push(`template "${key}" used ${group.length} times:\n${describe(group)}`);
    else if (group.length === 2) pairs++;
  }
  notes.push(`${templates.size} distinct templates; ${pairs} shared by two lines (allowed)`);
}

function checkCounts(rows: Row[], errors: string[]): void {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(`${row.operation}|${row.language}`, (counts.get(`${row.operation}|${row.language}`) ?? 0) + 1);
  const get = (op: string, lang: string) => counts.get(`${op}|${lang}`) ?? 0;
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`${'operation'.padEnd(14)}${pad('en', 6)}${pad('zh-TW', 7)}${pad('total', 7)}${pad('zh %', 7)}`);
  for (const op of OPERATIONS) {
    const en = get(op, 'en');
    const zh = get(op, 'zh-TW');
    const total = en + zh;
    console.log(`${op.padEnd(14)}${pad(en, 6)}${pad(zh, 7)}${pad(total, 7)}${pad(total ? ((100 * zh) / total).toFixed(0) : '-', 7)}`);
    const [min, max] = COUNT_TARGETS[op];
    if (total < min || total > max) errors.push(`${op}: ${total} lines, target ${min}-${max}`);
  }
  const zhTotal = rows.filter((r) => r.language === 'zh-TW').length;
  const zhShare = rows.length ? zhTotal / rows.length : 0;
  console.log(
    `${'all'.padEnd(14)}${pad(rows.length - zhTotal, 6)}${pad(zhTotal, 7)}${pad(rows.length, 7)}${pad((100 * zhShare).toFixed(0), 7)}`,
  );
  if (rows.length < TOTAL_TARGET[0] || rows.length > TOTAL_TARGET[1]) errors.push(`${rows.length} lines, target ${TOTAL_TARGET.join('-')}`);
  if (zhShare < MIN_ZH_SHARE) errors.push(`zh-TW share ${(100 * zhShare).toFixed(1)}% is below ${100 * MIN_ZH_SHARE}%`);
}

const errors: string[] = [];
const notes: string[] = [];
const rows = parseRows(errors);
checkLanguage(rows, errors);
checkCounts(rows, errors);
checkDuplicates(rows, errors, notes);
for (const note of notes) console.log(note);
if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n${errors.join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('corpus OK');
}
