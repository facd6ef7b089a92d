/**
 * Retrieval quality over the real ingested findings cards: questions worded the way policymakers,
 * trade unionists and students ask them (not the card titles), each with the card(s) that must come back
 * among the first three results of the hybrid search, with the local embedder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/db.ts';
import type { Embedder } from '../../server/retrieval/embedder.ts';
import { loadEmbedder } from '../../server/retrieval/embedder-factory.ts';
import { searchFindings, searchTasks } from '../../server/retrieval/hybrid-search.ts';
import { openIngestedPglite, openTestDb } from '../support/test-app.ts';

interface Case {
  question: string;
  /** Any one of these card ids in the top 3 passes. */
  expected: string[];
  label: string;
}
const cases = (rows: [question: string, ...expected: string[]][]): Case[] =>
  rows.map(([question, ...expected]) => ({ question, expected, label: expected.join(' | ') }));

const ENGLISH = cases([
  ['How many workers worldwide are in jobs exposed to generative AI?', 'wp140-one-in-four-jobs-exposed'],
  ['Could GPT-4 have overstated the task scores?', 'wp96-techno-optimism-caveat', 'caveat-upper-bound-techno-optimism'],
  ['What did the ILO recommend for women?', 'policy-support-for-women', 'wp96-webinar-retraining-and-support-for-women'],
  [
    'Is exposure the same as losing your job?',
    'caveat-exposure-is-not-job-loss',
    'wp96-how-to-read-exposure',
    'wp140-transformation-not-automation',
  ],
  [
    'Why might the numbers be too high for poor countries?',
    'caveat-developing-countries-overstated',
    'later-wp166-developing-countries-overstated',
  ],
  ['What percentage of the global workforce is exposed to AI?', 'wp140-one-in-four-jobs-exposed'],
  ['Are women more affected than men by automation?', 'wp96-women-automation', 'wp140-women-gradient-4'],
  ['How should unions and workers get a voice in the AI transition?', 'policy-social-dialogue', 'wp96-policy-managing-transition'],
  ["What happens to workers who can't stay with their current company?", 'policy-social-protection-for-job-changers'],
  [
    'Could looking after elderly people and children be a source of decent jobs?',
    'policy-care-economy',
    'wp96-webinar-care-economy-and-platform-work',
  ],
  [
    'Are the people who label data to train AI models protected?',
    'policy-ai-training-workers',
    'wp96-webinar-care-economy-and-platform-work',
  ],
  [
    'Which of the occupations flagged for automation in 2023 moved to a lower gradient in 2025?',
    'compare-2023-automation-occupations-2025',
    'compare-category-gradient-crosstab',
  ],
  [
    'Can I compare the 2023 percentages with the 2025 ones?',
    'caveat-2023-and-2025-measures-differ',
    'compare-do-not-mix-measures',
    'compare-why-measures-differ',
  ],
  [
    'Why are software developers more exposed now than in the first study?',
    'compare-digital-occupations-rose',
    'wp140-digitised-jobs-increased-exposure',
  ],
  [
    'What did workers in Poland think AI would do to their industry?',
    'wp140-survey-industry-impact',
    'caveat-poland-survey-context',
    'wp140-survey-complete-transformation',
  ],
  ['Does the data tell us how wages will change or when jobs will be automated?', 'caveat-what-the-data-cannot-say'],
  [
    'Is the impact bigger in rich countries than in poor ones?',
    'wp96-automation-by-income-group',
    'webinar-income-gap-5-5-vs-0-4',
    'wp96-greatest-impact-high-upper-middle-income',
    'wp140-high-income-34-percent',
    'wp140-low-income-11-percent',
  ],
  ['How do I cite the ILO papers in my report?', 'about-how-to-cite'],
  ['How can I cite this research in my thesis?', 'about-how-to-cite'],
  [
    'Could poorer countries miss out because of electricity and internet problems?',
    'policy-digital-divide',
    'wp96-digital-divide-productivity-gap',
    'caveat-infrastructure-not-considered',
    'wp96-infrastructure-not-considered',
  ],
  [
    'Will generative AI make work more intense and leave workers less autonomy?',
    'policy-job-quality-under-augmentation',
    'wp96-job-quality-over-quantity',
  ],
  ["What does 'the big unknown' mean?", 'wp96-big-unknown'],
  ['Who spoke at the February 2024 webinar?', 'webinar-speakers-and-scope'],
  [
    'Which region has the biggest gap between women and men?',
    'wp140-europe-central-asia-gender-gap',
    'later-regional-report-europe-central-asia-women',
  ],
]);

const CHINESE = cases([
  ['國際勞工組織對女性有什麼建議？', 'policy-support-for-women.zh-TW', 'wp96-webinar-retraining-and-support-for-women.zh-TW'],
  [
    '高暴露的職業就一定會失業嗎？',
    'caveat-exposure-is-not-job-loss.zh-TW',
    'wp96-how-to-read-exposure.zh-TW',
    'wp140-transformation-not-automation.zh-TW',
  ],
  [
    'WP96用什麼方法替任務評分？',
    'wp96-method-gpt4-scoring.zh-TW',
    'webinar-method-gpt4-api.zh-TW',
    'wp96-method-isco08-task-lists.zh-TW',
    'wp96-method-prompt-sequence.zh-TW',
  ],
  [
    '為什麼開發中國家的數字可能被高估？',
    'caveat-developing-countries-overstated.zh-TW',
    'later-wp166-developing-countries-overstated.zh-TW',
  ],
  [
    '哪一類工作暴露程度最高？',
    'wp140-clerical-still-most-exposed.zh-TW',
    'wp96-clerical-most-exposed.zh-TW',
    'webinar-clerical-and-women.zh-TW',
  ],
  ['全球有多少比例的工作暴露於生成式AI？', 'wp140-one-in-four-jobs-exposed.zh-TW'],
  ['女性是不是比男性更容易被自動化影響？', 'wp96-women-automation.zh-TW', 'wp140-women-gradient-4.zh-TW'],
  ['工會應該怎麼參與AI導入的過程？', 'policy-social-dialogue.zh-TW', 'wp96-policy-managing-transition.zh-TW'],
  [
    '公司導入AI後，應該裁員還是重新訓練員工？',
    'policy-redeploy-before-layoffs.zh-TW',
    'wp96-webinar-retraining-and-support-for-women.zh-TW',
  ],
  ['長照和托育可以創造好工作嗎？', 'policy-care-economy.zh-TW', 'wp96-webinar-care-economy-and-platform-work.zh-TW'],
  ['幫AI標註資料的平台工作者有保障嗎？', 'policy-ai-training-workers.zh-TW', 'wp96-webinar-care-economy-and-platform-work.zh-TW'],
  [
    '2023年和2025年的數字可以直接比較嗎？',
    'caveat-2023-and-2025-measures-differ.zh-TW',
    'compare-do-not-mix-measures.zh-TW',
    'compare-why-measures-differ.zh-TW',
  ],
  ['波蘭的勞工怎麼看AI對他們產業的影響？', 'wp140-survey-industry-impact.zh-TW', 'caveat-poland-survey-context.zh-TW'],
  ['為什麼軍人沒有暴露分數？', 'caveat-nine-unscored-unit-groups.zh-TW', 'data-unscored-unit-groups.zh-TW'],
  ['這些資料能告訴我薪水會怎麼變嗎？', 'caveat-what-the-data-cannot-say.zh-TW'],
  [
    '缺電和網路不普及的國家會不會落後？',
    'policy-digital-divide.zh-TW',
    'wp96-digital-divide-productivity-gap.zh-TW',
    'caveat-infrastructure-not-considered.zh-TW',
    'wp96-infrastructure-not-considered.zh-TW',
  ],
  [
    '高所得國家和低所得國家受到的影響有什麼不同？',
    'wp96-automation-by-income-group.zh-TW',
    'webinar-income-gap-5-5-vs-0-4.zh-TW',
    'wp96-greatest-impact-high-upper-middle-income.zh-TW',
    'wp140-high-income-34-percent.zh-TW',
    'wp140-low-income-11-percent.zh-TW',
  ],
  ['寫報告時要怎麼引用這些研究？', 'about-how-to-cite.zh-TW'],
  ['軟體工程師的暴露程度為什麼變高了？', 'compare-digital-occupations-rose.zh-TW', 'wp140-digitised-jobs-increased-exposure.zh-TW'],
  ['研討會的講者有哪些人？', 'webinar-speakers-and-scope.zh-TW'],
  [
    '在歐洲，女性暴露於AI的比例比男性高多少？',
    'later-regional-report-europe-central-asia-women.zh-TW',
    'wp140-europe-central-asia-gender-gap.zh-TW',
  ],
  ['GPT-4給的分數會不會太樂觀？', 'wp96-techno-optimism-caveat.zh-TW', 'caveat-upper-bound-techno-optimism.zh-TW'],
]);

/**
 * Reasonable questions the current retrieval gets wrong (the right card is a good match but ranks below 3).
 * They run as expected failures: when a retrieval change makes one pass, vitest reports it, and it should
 * move up into the lists above.
 */
const KNOWN_WEAK = cases([
  // Its cards share a full-text score with a dozen others; it used to pass or fail by the order rows were stored in.
  [
    'Should companies fire people or retrain them when AI arrives?',
    'policy-redeploy-before-layoffs',
    'wp96-webinar-retraining-and-support-for-women',
  ],
  [
    'How were the 2023 scores produced?',
    'wp96-method-gpt4-scoring',
    'webinar-method-gpt4-api',
    'wp96-method-isco08-task-lists',
    'wp96-method-prompt-sequence',
  ],
  [
    'Which jobs are most exposed to generative AI?',
    'wp140-clerical-still-most-exposed',
    'wp96-clerical-most-exposed',
    'webinar-clerical-and-women',
  ],
  ['Why do military occupations have no exposure score?', 'caveat-nine-unscored-unit-groups', 'data-unscored-unit-groups'],
  ['What is gradient 4?', 'wp140-gradient-definitions', 'wp140-gradient-4-global-share'],
  [
    '2023年的分數是怎麼算出來的？',
    'wp96-method-gpt4-scoring.zh-TW',
    'webinar-method-gpt4-api.zh-TW',
    'wp96-method-isco08-task-lists.zh-TW',
    'wp96-method-prompt-sequence.zh-TW',
  ],
  [
    '哪些職業受生成式AI影響最大？',
    'wp140-clerical-still-most-exposed.zh-TW',
    'wp96-clerical-most-exposed.zh-TW',
    'webinar-clerical-and-women.zh-TW',
  ],
  [
    '暴露分數高，是不是代表工作會消失？',
    'caveat-exposure-is-not-job-loss.zh-TW',
    'wp96-how-to-read-exposure.zh-TW',
    'wp140-transformation-not-automation.zh-TW',
  ],
  [
    '富國和窮國受到的衝擊一樣嗎？',
    'wp96-automation-by-income-group.zh-TW',
    'webinar-income-gap-5-5-vs-0-4.zh-TW',
    'wp96-greatest-impact-high-upper-middle-income.zh-TW',
  ],
  ['什麼是第4梯度？', 'wp140-gradient-definitions.zh-TW', 'wp140-gradient-4-global-share.zh-TW'],
]);

let db: Db;
let embedder: Embedder;
beforeAll(async () => {
  db = await openTestDb();
  embedder = await loadEmbedder(db, { embedder: 'local' });
});
afterAll(() => db.close());

/** One test per question, named in full: "question -> acceptable ids". */
const named = (list: Case[]) => list.map((entry) => [`${entry.question} -> ${entry.label}`, entry] as const);

async function expectInTopThree(_name: string, { question, expected }: Case) {
  const hits = await searchFindings(db, embedder, question);
  const top = hits.slice(0, 3).map((hit) => hit.id);
  expect(
    top.some((id) => expected.includes(id)),
    `expected one of [${expected.join(', ')}] in the top 3, got [${hits.map((hit) => hit.id).join(', ')}]`,
  ).toBe(true);
}

describe('findings search: paraphrased questions find their card in the top 3', () => {
  it('has at least 36 questions, in both languages, whose expected ids are real cards', async () => {
    expect(ENGLISH.length).toBeGreaterThanOrEqual(20);
    expect(CHINESE.length).toBeGreaterThanOrEqual(16);
    const rows = await db.query<{ id: string; language: string }>('SELECT id, language FROM findings');
    const language = new Map(rows.map((row) => [row.id, row.language]));
    const problems: string[] = [];
    for (const { question, expected } of [...ENGLISH, ...CHINESE, ...KNOWN_WEAK]) {
      const wanted = /\p{Script=Han}/u.test(question) ? 'zh-TW' : 'en';
      for (const id of expected) if (language.get(id) !== wanted) problems.push(`${question}: ${id} is not a ${wanted} card`);
    }
    expect(problems).toEqual([]);
  });

  it.each(named(ENGLISH))('%s', expectInTopThree);
  it.each(named(CHINESE))('%s', expectInTopThree);
});

describe('findings search: known retrieval weaknesses (expected to fail until retrieval improves)', () => {
  it.fails.each(named(KNOWN_WEAK))('%s', expectInTopThree);
});

describe.runIf(process.env.TEST_DATABASE_URL)('search results on PostgreSQL and on the embedded PGlite', () => {
  let embedded: Db;
  beforeAll(async () => {
    embedded = await openIngestedPglite();
  });
  afterAll(() => embedded?.close());

  /** Every question's findings and, for the English ones, tasks: ids and scores in order. */
  const results = (on: Db) =>
    Promise.all(
      [...ENGLISH, ...CHINESE, ...KNOWN_WEAK].map(async ({ question }) => ({
        question,
        findings: (await searchFindings(on, embedder, question, { limit: 10 })).map((hit) => [hit.id, hit.score]),
        tasks: /\p{Script=Han}/u.test(question)
          ? []
          : (await searchTasks(on, embedder, question, { limit: 10 })).map((hit) => [hit.id, hit.score]),
      })),
    );

  it('are the same cards and tasks, in the same order, with the same scores, for every question', async () => {
    expect(await results(db)).toEqual(await results(embedded));
  });
});
