/**
 * `npm run evals:build`: writes evals/questions/generated.json, cases made from the data itself (every
 * expected fact is read from knowledge/data, never typed in): occupations by title and code in English and
 * Chinese, countries by name in both languages. Hand-written cases live in evals/questions/curated.json.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../knowledge/build/csv-files.ts';
import { KNOWLEDGE_DIR, ROOT_DIR } from '../server/paths.ts';
import type { EvalCase } from './eval-case.ts';

const data = (file: string) => readCsv(join(KNOWLEDGE_DIR, 'data', file));
const occupations = data('occupations.csv').filter((row) => row.scored === 'true');
const titles = new Map(data('isco08-groups.csv').map((row) => [row.code!, row.title_en!]));
const titlesZh = new Map(data('isco08-titles-zh-tw.csv').map((row) => [row.code!, row.title_zh_tw!]));
const estimates = data('country-estimates.csv').filter(
  (row) => row.method === 'esco_weighted' && row.sex === 'T' && row.measure === 'wp140_exposed',
);
const countries = data('countries.csv').filter((row) => row.has_2024_employment === 'true');
const two = (value: string) => Number(value).toFixed(2);

// Every eleventh scored unit group: spread over all major groups, deterministic.
const picked = occupations.filter((_, index) => index % 11 === 0);
const cases: EvalCase[] = [];
for (const row of picked) {
  const code = row.isco08_code!;
  cases.push({
    id: `occupation-code-${code}`,
    intent: 'occupation',
    language: 'en',
    question: `How exposed is ISCO ${code} to generative AI?`,
    tools: ['getOccupation'],
    facts: [code, two(row.wp140_mean!), two(row.wp96_mean!)],
    citationKinds: ['occupation'],
  });
  cases.push({
    id: `occupation-title-${code}`,
    intent: 'occupation',
    language: 'en',
    question: `How exposed are ${titles.get(code)!.toLowerCase()}?`,
    tools: ['resolveOccupation', 'getOccupation'],
    facts: [code, two(row.wp140_mean!)],
    citationKinds: ['occupation'],
  });
  cases.push({
    id: `occupation-zh-${code}`,
    intent: 'occupation',
    language: 'zh-TW',
    question: `${titlesZh.get(code)}的暴露程度如何？`,
    tools: ['resolveOccupation', 'getOccupation'],
    facts: [code, two(row.wp140_mean!)],
    citationKinds: ['occupation'],
  });
}
// Every seventh country with data.
for (const [index, row] of countries.entries()) {
  if (index % 7 !== 0) continue;
  const share = estimates.find((estimate) => estimate.area_code === row.iso3)!;
  const percent = `${Math.round(Number(share.share_percent) * 10) / 10}%`;
  cases.push({
    id: `country-${row.iso3}`,
    intent: 'country',
    language: 'en',
    question: `How exposed is ${row.name_en}?`,
    tools: ['countryExposure'],
    facts: [row.name_en!, percent],
    citationKinds: ['country'],
  });
  cases.push({
    id: `country-zh-${row.iso3}`,
    intent: 'country',
    language: 'zh-TW',
    question: `${row.name_zh_tw}的情況如何？`,
    tools: ['countryExposure'],
    facts: [row.name_zh_tw!, percent],
    citationKinds: ['country'],
  });
}
writeFileSync(join(ROOT_DIR, 'evals/questions/generated.json'), `${JSON.stringify(cases, null, 2)}\n`);
console.log(`${cases.length} generated cases`);
