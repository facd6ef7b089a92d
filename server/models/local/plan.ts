/**
 * Stage 2 of the local model: the tool calls that answer an understood question. The frame is
 * operation × subjects × measure × filters; each subject kind says how its figures are fetched, and each
 * operation adds what it needs on top (the tasks, a finding, a definition). Subjects are already resolved
 * by the understanding, so one step of calls is enough.
 */
import type { Language } from '../../domain/language.ts';
import type { Subject, Understanding } from '../../understanding/understanding.ts';
import { taskQuery } from './task-query.ts';

export interface PlannedCall {
  toolName: string;
  input: Record<string, unknown>;
}

export const CATEGORY_MEASURES = ['automation', 'augmentation', 'big_unknown', 'not_affected'] as const;
export const GRADIENT_MEASURES = ['gradient_1', 'gradient_2', 'gradient_3', 'gradient_4', 'minimal_exposure', 'not_exposed'] as const;

/** What a ranking ranks, when the question says it; occupations otherwise. */
export type RankTarget = 'occupations' | 'countries' | 'sectors' | 'tasks';
const RANK_TARGETS: [RankTarget, RegExp][] = [
  ['countries', /\b(countries|country|nations|economies)\b|國家|各國/],
  ['sectors', /\b(sectors?|industries|industry)\b|產業|行業/],
];

export function rankTarget(understanding: Understanding, question: string): RankTarget {
  const occupations = understanding.subjects.filter((subject) => subject.kind === 'occupation');
  if (understanding.measure === 'tasks' && occupations.length > 0) return 'tasks';
  const text = question.toLowerCase();
  const named = RANK_TARGETS.find(([, pattern]) => pattern.test(text))?.[0];
  if (named) return named;
  // One job and nothing else to rank by: what can be ranked is its tasks ("which of a teacher's duties…").
  if (occupations.length === 1 && occupations[0]!.id.length === 4 && understanding.measure === null) return 'tasks';
  return 'occupations';
}

const of = (understanding: Understanding, ...kinds: Subject['kind'][]) =>
  understanding.subjects.filter((subject) => kinds.includes(subject.kind));

function occupationFilters(understanding: Understanding) {
  const measure = understanding.measure;
  return {
    ...((CATEGORY_MEASURES as readonly string[]).includes(measure ?? '') ? { category: measure } : {}),
    ...((GRADIENT_MEASURES as readonly string[]).includes(measure ?? '')
      ? { exposure: measure === 'minimal_exposure' ? 'minimal' : measure }
      : // "Exposed" filters a count or a complete list; "most exposed" ranks everything.
        measure === 'exposed' && understanding.operation === 'list'
        ? { exposure: 'exposed' }
        : {}),
  };
}

function rankBy(understanding: Understanding): 'wp140' | 'wp96' | 'change' {
  if (understanding.measure === 'change' || understanding.operation === 'change') return 'change';
  if (understanding.study === 'wp96' || (CATEGORY_MEASURES as readonly string[]).includes(understanding.measure ?? '')) return 'wp96';
  return 'wp140';
}

/** Where sector figures are asked for: the countries named, Europe for the region, Europe by default. */
function sectorAreas(understanding: Understanding): string[] {
  const countries = of(understanding, 'country').map((subject) => subject.id);
  if (countries.length > 0) return countries;
  if (of(understanding, 'region').some((subject) => subject.id === 'Europe and Central Asia')) return ['EUR'];
  return ['EUR'];
}

const SECTOR_MEASURES: Record<string, string> = {
  gradient_4: 'wp140_gradient_4',
  automation: 'wp96_automation',
  augmentation: 'wp96_augmentation',
};

/** The calls that bring each subject's own figures. */
function subjectCalls(understanding: Understanding, language: Language): PlannedCall[] {
  const calls: PlannedCall[] = [];
  const occupations = of(understanding, 'occupation');
  const units = occupations.filter((subject) => subject.id.length === 4);
  if (units.length >= 2)
    calls.push({ toolName: 'compareOccupations', input: { codes: units.slice(0, 5).map((subject) => subject.id), language } });
  else if (units.length === 1) calls.push({ toolName: 'getOccupation', input: { code: units[0]!.id, language } });
  for (const group of occupations.filter((subject) => subject.id.length < 4).slice(0, 2)) {
    calls.push({ toolName: 'getOccupation', input: { code: group.id, language } });
    calls.push({
      toolName: 'rankOccupations',
      input: {
        by: rankBy(understanding),
        order: understanding.order,
        limit: understanding.limit ?? 5,
        group: group.id,
        ...occupationFilters(understanding),
        language,
      },
    });
  }
  const sectors = of(understanding, 'sector');
  if (sectors.length > 0) {
    // A sector is estimated in a place: each named country, Europe for the region, Europe when none is named.
    for (const area of sectorAreas(understanding).slice(0, 3))
      for (const sector of sectors.slice(0, 3)) calls.push({ toolName: 'sectorExposure', input: { sector: sector.id, area, language } });
    return calls;
  }
  for (const country of of(understanding, 'country').slice(0, 5))
    calls.push({ toolName: 'countryExposure', input: { country: country.id, language } });
  const populations = of(understanding, 'income_group', 'region', 'world').map((area) => area.id);
  for (const population of populations.slice(0, 4))
    calls.push({ toolName: 'groupExposure', input: { population, sex: 'any', study: understanding.study ?? 'any', language } });
  return calls;
}

/** A findings search phrased for what the answer needs, in the answer's language. */
const findings = (query: string, language: Language, limit = 3): PlannedCall => ({
  toolName: 'searchFindings',
  input: { query, language, limit },
});

const FINDING_QUERIES = {
  jobLoss: {
    en: 'exposure is not job loss, jobs are more likely to be transformed than automated',
    'zh-TW': '暴露程度不等於失業 工作較可能被轉型而非自動化',
  },
  method: { en: 'how were the task scores produced with GPT-4 and the refined index models', 'zh-TW': '任務分數如何產生 模型評分方法' },
} as const;

export function plan(understanding: Understanding, question: string, language: Language): PlannedCall[] {
  const u = understanding;
  if (u.manipulation || u.operation === 'help' || (u.operation === 'out_of_scope' && u.subjects.length === 0) || u.missingData) return [];
  if (u.clarify?.reason === 'low_confidence' && !u.subjects.some((subject) => subject.kind === 'occupation')) return [];
  const hasSubjects = u.subjects.some((subject) => subject.kind !== 'sex');
  switch (u.operation) {
    case 'rank':
    case 'list': {
      const target = rankTarget(u, question);
      if (target === 'tasks') return subjectCalls(u, language);
      const measure = SECTOR_MEASURES[u.measure ?? ''] ?? 'wp140_exposed';
      const by = /\b(most|how many|number of) (workers|people|jobs)\b|最多(人|勞工)|人數/.test(question.toLowerCase())
        ? 'workers'
        : 'share';
      const sector = of(u, 'sector')[0];
      if (sector)
        return sectorAreas(u)
          .slice(0, 2)
          .map((area) => ({
            toolName: 'rankSectorOccupations',
            input: { sector: sector.id, area, measure, order: u.order, limit: u.limit ?? 8, language },
          }));
      if (target === 'sectors')
        return sectorAreas(u)
          .slice(0, 2)
          .map((area) => ({ toolName: 'rankSectors', input: { area, measure, by, order: u.order, limit: u.limit ?? 10, language } }));
      if (target === 'countries' || of(u, 'country').length >= 2) {
        if (of(u, 'country').length >= 2) return subjectCalls(u, language);
        const income = of(u, 'income_group')[0]?.id;
        const sex = of(u, 'sex')[0]?.id;
        return [
          {
            toolName: 'rankCountries',
            input: {
              order: u.order,
              limit: u.limit ?? 10,
              sex: sex === 'women' || sex === 'men' ? sex : 'total',
              ...(income ? { incomeGroup: income } : {}),
              language,
            },
          },
        ];
      }
      const group = of(u, 'occupation').find((subject) => subject.id.length < 4)?.id;
      const units = of(u, 'occupation').filter((subject) => subject.id.length === 4);
      if (units.length >= 2) return subjectCalls(u, language);
      const wantsAll = u.operation === 'list' || u.limit === 500;
      const filters = occupationFilters(u);
      const ranking = (within?: string): PlannedCall => ({
        toolName: 'rankOccupations',
        input: {
          by: rankBy(u),
          order: u.order,
          limit: wantsAll ? 500 : (u.limit ?? 10),
          ...(within ? { group: within } : {}),
          ...filters,
          language,
        },
      });
      // A count within a group ("how many of them are clerical?") is read against the count over all groups.
      const whole = u.operation === 'list' && group && Object.keys(filters).length > 0;
      return whole ? [ranking(group), ranking()] : [ranking(group)];
    }
    case 'change':
      if (!hasSubjects) return [{ toolName: 'rankOccupations', input: { by: 'change', order: u.order, limit: u.limit ?? 10, language } }];
      return subjectCalls({ ...u, study: null }, language);
    case 'outlook':
      return [...subjectCalls(u, language), findings(FINDING_QUERIES.jobLoss[language], language, 2)];
    case 'explain': {
      const calls = hasSubjects && of(u, 'occupation').length > 0 ? subjectCalls(u, language) : [];
      // Every term the question names is defined ("not exposed vs minimal exposure", "gradient 3 and gradient 4").
      const named = u.measures.filter((measure) => measure !== 'employment' && measure !== 'change');
      const terms = named.length > 0 ? [{ toolName: 'defineTerms', input: { terms: named, language } }] : [];
      const query = calls.length > 0 ? FINDING_QUERIES.method[language] : question;
      return [...calls, ...terms, findings(query, language, terms.length > 0 ? 2 : 3)];
    }
    case 'advise':
      return [...(hasSubjects ? subjectCalls(u, language) : []), findings(question, language, 3)];
    case 'find_tasks': {
      // The work described is searched in the task statements, within the occupation group named, if any.
      const query = taskQuery(u, question, language);
      if (query.length < 2) return [];
      const group = of(u, 'occupation').find((subject) => subject.id.length < 4)?.id;
      return [{ toolName: 'searchTasks', input: { query, ...(group ? { group } : {}), limit: Math.min(u.limit ?? 8, 20), language } }];
    }
    case 'out_of_scope':
      return [];
    default: {
      const calls = subjectCalls(u, language);
      if (calls.length > 0) return calls;
      if (u.measure && u.measure !== 'employment')
        return [{ toolName: 'defineTerms', input: { terms: [u.measure], language } }, findings(question, language, 2)];
      // Words that named nothing are not a job: the answer says what it could not find instead of giving unrelated figures.
      return [];
    }
  }
}
