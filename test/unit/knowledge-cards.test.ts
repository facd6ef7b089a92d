/**
 * Fast checks over the knowledge files themselves (no database): the findings cards parse and are
 * translated, every published figure is stated in some card, no card copies the reference texts, and
 * every ISCO-08 group and country has a Traditional Chinese name.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type FindingCard, readFindingCards } from '../../server/ingest/finding-cards.ts';
import { KNOWLEDGE_DIR, ROOT_DIR } from '../../server/paths.ts';

const FINDINGS_DIR = join(KNOWLEDGE_DIR, 'findings');
const DATA_DIR = join(KNOWLEDGE_DIR, 'data');
const SHARED_DIR = join(ROOT_DIR, '..', 'shared');

const readCsv = (file: string) =>
  parse(readFileSync(join(DATA_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
const HAN = /\p{Script=Han}/u;

let cards: FindingCard[];
let english: FindingCard[];
let chinese: FindingCard[];
beforeAll(async () => {
  const { sources } = JSON.parse(readFileSync(join(KNOWLEDGE_DIR, 'sources.json'), 'utf8')) as { sources: { id: string }[] };
  cards = await readFindingCards(FINDINGS_DIR, new Set(sources.map((source) => source.id)));
  english = cards.filter((card) => card.language === 'en');
  chinese = cards.filter((card) => card.language === 'zh-TW');
});

describe('findings cards', () => {
  it('all parse with a known source, and every file in the folder is a card', () => {
    // readFindingCards throws on bad front matter, an unknown source id or a dangling translationOf.
    const files = readdirSync(FINDINGS_DIR).filter((file) => !file.startsWith('.'));
    expect(
      files.filter((file) => !file.endsWith('.md')),
      'non-Markdown files in knowledge/findings',
    ).toEqual([]);
    expect(cards.length).toBe(files.length);
    expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
  });

  it('has at least 80 English cards, each with exactly one zh-TW translation sharing its source, class and topics', () => {
    expect(english.length).toBeGreaterThanOrEqual(80);
    const byId = new Map(cards.map((card) => [card.id, card]));
    const problems: string[] = [];
    for (const card of english) {
      if (card.translationOf) problems.push(`${card.id}: an English card must not have translationOf`);
      const translations = chinese.filter((zh) => zh.translationOf === card.id);
      if (translations.length !== 1) problems.push(`${card.id}: ${translations.length} zh-TW translations`);
    }
    for (const zh of chinese) {
      const original = byId.get(zh.translationOf ?? '');
      if (original?.language !== 'en') {
        problems.push(`${zh.id}: translationOf ${zh.translationOf} is not an English card`);
        continue;
      }
      if (zh.id !== `${original.id}.zh-TW`) problems.push(`${zh.id}: expected id ${original.id}.zh-TW`);
      if (zh.source !== original.source) problems.push(`${zh.id}: source ${zh.source} != ${original.source}`);
      if (zh.sourceClass !== original.sourceClass) problems.push(`${zh.id}: sourceClass ${zh.sourceClass} != ${original.sourceClass}`);
      if ([...zh.topics].sort().join(',') !== [...original.topics].sort().join(','))
        problems.push(`${zh.id}: topics [${zh.topics}] != [${original.topics}]`);
      if (!HAN.test(zh.body) || !HAN.test(zh.title)) problems.push(`${zh.id}: title or body has no Chinese text`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps English bodies between 40 and 200 words', () => {
    const wordCount = (text: string) => text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    const outOfRange = english
      .map((card) => ({ id: card.id, words: wordCount(card.body) }))
      .filter(({ words }) => words < 40 || words > 200);
    expect(outOfRange).toEqual([]);
  });
});

/** Writes a number as it is printed in text; "29753" may appear as "29,753". */
const normaliseNumbers = (text: string) => text.replace(/(?<=\d),(?=\d{3}(?!\d))/g, '');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The number as a whole: "2.3" does not match inside "12.3" or "2.35", "25" not inside "25.1". */
const mentionsNumber = (text: string, value: string) =>
  new RegExp(`(?<![\\d.])${escapeRegExp(value)}(?![\\d]|\\.\\d)`).test(normaliseNumbers(text));

describe('published figures', () => {
  it('states every figure in published-figures.csv in at least one card body', () => {
    const figures = readCsv('published-figures.csv');
    expect(figures.length).toBeGreaterThan(50);
    const bodies = cards.map((card) => card.body);
    const missing: string[] = [];
    for (const figure of figures) {
      if (figure.unit === 'times_lower_bound') {
        if (!bodies.some((body) => /more than twice/i.test(body))) missing.push(`${figure.id} ("more than twice")`);
        continue;
      }
      for (const value of [figure.value!, figure.value_high!].filter(Boolean)) {
        if (!bodies.some((body) => mentionsNumber(body, value))) missing.push(`${figure.id} (${value})`);
      }
    }
    expect(missing, `figures not found in any card: ${missing.join(', ')}`).toEqual([]);
  });

  it('matches numbers as printed, with thousands separators and whole-number boundaries', () => {
    expect(mentionsNumber('29,753 tasks', '29753')).toBe(true);
    expect(mentionsNumber('a share of 25.1%', '25')).toBe(false);
    expect(mentionsNumber('up from 12.3%', '2.3')).toBe(false);
    expect(mentionsNumber('（占全球就業的3.3%）', '3.3')).toBe(true);
  });
});

// ---- Copying check -------------------------------------------------------------------------------

const RUN = 12;
/** Lower-cased words, split on anything that is not a letter or digit; Han text is left to hanText. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/\p{Script=Han}+/gu, ' ')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
/** Han characters only, in order: a copied Chinese passage still matches with its punctuation changed. */
const hanText = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).join('');

function ngrams(items: readonly string[], size: number, join: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + size <= items.length; i++) grams.add(items.slice(i, i + size).join(join));
  return grams;
}

interface ReferenceIndex {
  wordRuns: Map<string, string>;
  hanRuns: Map<string, string>;
}

function indexReferences(files: readonly string[]): ReferenceIndex {
  const index: ReferenceIndex = { wordRuns: new Map(), hanRuns: new Map() };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const run of ngrams(words(text), RUN, ' ')) if (!index.wordRuns.has(run)) index.wordRuns.set(run, file);
    for (const run of ngrams([...hanText(text)], RUN, '')) if (!index.hanRuns.has(run)) index.hanRuns.set(run, file);
  }
  return index;
}

/** The runs of 12 words (or 12 Han characters) that `body` shares with a reference file. */
function copiedRuns(body: string, index: ReferenceIndex): string[] {
  const shared: string[] = [];
  for (const run of ngrams(words(body), RUN, ' ')) if (index.wordRuns.has(run)) shared.push(`"${run}" (${index.wordRuns.get(run)})`);
  for (const run of ngrams([...hanText(body)], RUN, '')) if (index.hanRuns.has(run)) shared.push(`「${run}」 (${index.hanRuns.get(run)})`);
  return shared;
}

const referenceFiles = (): string[] => {
  const references = join(SHARED_DIR, 'references');
  const seeds = join(SHARED_DIR, 'seeds');
  return [
    ...(existsSync(references)
      ? readdirSync(references)
          .filter((file) => /\.(txt|md)$/.test(file))
          .map((file) => join(references, file))
      : []),
    ...(existsSync(seeds) ? readdirSync(seeds).map((file) => join(seeds, file)) : []),
  ].sort();
};

describe('no copying of the source texts', () => {
  const available = existsSync(SHARED_DIR);

  it.runIf(available)('no card body shares a run of 12 words or 12 Han characters with a reference or seed text', () => {
    const files = referenceFiles();
    expect(files.some((file) => file.includes('/seeds/'))).toBe(true);
    const index = indexReferences(files);
    expect(index.wordRuns.size).toBeGreaterThan(1000);
    expect(index.hanRuns.size).toBeGreaterThan(500);
    const copied = cards.flatMap((card) => copiedRuns(card.body, index).map((run) => `${card.id}: ${run}`));
    expect(copied).toEqual([]);
  });

  it.runIf(available)('catches a sentence copied from a reference text or the seed, and passes a paraphrase', () => {
    // Guards against a check that can never fail: lift 15 words and 15 Han characters from the real files.
    const files = referenceFiles();
    const index = indexReferences(files);
    const englishSource = files.find((file) => file.endsWith('.txt') && words(readFileSync(file, 'utf8')).length > 500)!;
    const lifted = words(readFileSync(englishSource, 'utf8')).slice(200, 215).join(' ');
    expect(copiedRuns(`Our own introduction, then: ${lifted}. And our own ending.`, index).length).toBeGreaterThan(0);
    const seed = files.find((file) => file.includes('/seeds/'))!;
    const seedHan = hanText(readFileSync(seed, 'utf8'));
    const liftedHan = seedHan.slice(Math.floor(seedHan.length / 2), Math.floor(seedHan.length / 2) + 15);
    // Re-punctuated and interleaved with Latin text and digits, a copied passage is still caught.
    const repunctuated = `前言。${liftedHan.slice(0, 5)}，ILO 2024 ${liftedHan.slice(5)}。`;
    expect(copiedRuns(repunctuated, index).length).toBeGreaterThan(0);
    expect(copiedRuns(english[0]!.body, index)).toEqual([]);
  });
});

describe('Traditional Chinese names', () => {
  it('gives every ISCO-08 group a non-empty Chinese title', () => {
    const groups = readCsv('isco08-groups.csv');
    const titles = new Map(readCsv('isco08-titles-zh-tw.csv').map((row) => [row.code!, row.title_zh_tw ?? '']));
    expect(groups.length).toBe(10 + 43 + 130 + 436);
    const missing = groups.filter((group) => !HAN.test(titles.get(group.code!) ?? '')).map((group) => `${group.code} ${group.title_en}`);
    expect(missing).toEqual([]);
  });

  it('gives every country a Chinese name, and calls TWN Taiwan / 台灣', () => {
    const countries = readCsv('countries.csv');
    expect(countries.length).toBeGreaterThan(180);
    const missing = countries
      .filter((country) => !HAN.test(country.name_zh_tw?.trim() ?? ''))
      .map((country) => `${country.iso3} ${country.name_en}`);
    expect(missing).toEqual([]);
    expect(countries.find((country) => country.iso3 === 'TWN')).toMatchObject({ name_en: 'Taiwan', name_zh_tw: '台灣' });
  });
});
