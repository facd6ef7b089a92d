/**
 * Stage 1 alone: what a question is read as (subjects, operation, what is asked back, words not used),
 * with the lexicon and classifier built from the ingested data. Pure calls after setup: hundreds of
 * questions in a second. Expectations are written from the data (titles, codes), not from the parser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../../server/data/knowledge-base.ts';
import type { Db } from '../../server/db/db.ts';
import type { Language } from '../../server/domain/language.ts';
import type { UnderstandingResources } from '../../server/understanding/understand.ts';
import { understandConversation } from '../../server/understanding/understand-conversation.ts';
import { openIngestedPglite, testConfig } from '../support/test-app.ts';

let db: Db;
let resources: UnderstandingResources;
beforeAll(async () => {
  db = await openIngestedPglite();
  resources = await (await (await KnowledgeBase.open(db, testConfig())).catalog()).understanding;
});
afterAll(() => db.close());

const read = (question: string, earlier: string[] = []) =>
  understandConversation(question, earlier, (/\p{Script=Han}/u.test(question) ? 'zh-TW' : 'en') as Language, resources);
const subjectsOf = (question: string, earlier: string[] = []) => read(question, earlier).subjects.map((s) => `${s.kind}:${s.id}`);

// [question, subjects that must be read (kind:id), subjects that must not be]
const ENTITIES: [string, string[], string[]?][] = [
  // Titles, everyday names and plurals.
  ['How exposed are bookkeepers?', ['occupation:4311']],
  ['data entry clerks', ['occupation:4132']],
  ['web developers', ['occupation:2513']],
  ['software developers at risk?', ['occupation:2512']],
  ['truck drivers', ['occupation:8332']],
  ['bank tellers', ['occupation:4211']],
  ['translators', ['occupation:2643']],
  ['secondary school teachers', ['occupation:2330']],
  ['registered nurse', ['occupation:2221']],
  ['payroll clerks and GenAI', ['occupation:4313']],
  ['Our members are RNs', ['occupation:2221']],
  // Typos: one or two slips, a swap of neighbours, and English words that are not slips.
  ['How exposed are acountants?', ['occupation:2411']],
  ['recepcionist safe?', ['occupation:4226']],
  ['truck drviers', ['occupation:8332']],
  ['how exposed are tax oficials', ['occupation:3352']],
  ['A colleague says this', [], ['sector:P']],
  ['is it exposed', [], ['sector:J']],
  ['IT workers in Germany', ['sector:J', 'country:DEU']],
  // Codes.
  ['ISCO 2513', ['occupation:2513']],
  ['what about occupation 4132?', ['occupation:4132']],
  ['ISCO-08 code 41', ['occupation:41']],
  ['what happened in 2023', [], ['occupation:2023']],
  // Groups.
  ['Which clerical jobs are most exposed?', ['occupation:4']],
  ['most exposed among professionals', ['occupation:2']],
  // Countries, aliases and demonyms; short names only in capitals.
  ['How exposed is Germany?', ['country:DEU']],
  ['the US', ['country:USA']],
  ['tell us about nurses', [], ['country:USA']],
  ['What share of Filipino workers is exposed?', ['country:PHL']],
  ['Kenyan women', ['country:KEN', 'sex:women']],
  ['Germany vs France vs Poland', ['country:DEU', 'country:FRA', 'country:POL']],
  // Income groups, regions, the world; a word coordinated with a name shares its noun.
  ['low-income countries', ['income_group:LIC']],
  ['rich countries', ['income_group:HIC']],
  ['poor and rich countries', ['income_group:LIC', 'income_group:HIC']],
  ['rich vs poor countries', ['income_group:HIC', 'income_group:LIC']],
  ['low and high income countries', ['income_group:LIC', 'income_group:HIC']],
  ['What share of global employment is exposed?', ['world:WORLD']],
  ['women compared with men', ['sex:women']],
  // Sectors; a sector word prefers the sector reading.
  ['How exposed is the banking sector?', ['sector:K']],
  ['the retail sector in Spain', ['sector:G', 'country:ESP']],
  // Traditional Chinese: titles, everyday names, variants and Simplified input.
  ['會計師的暴露程度', ['occupation:2411']],
  ['軟體工程帥會不會被取代', ['occupation:2512']],
  ['中等教育教師', ['occupation:2330']],
  ['德國', ['country:DEU']],
  ['台灣跟韓國比', ['country:TWN', 'country:KOR']],
  ['臺灣', ['country:TWN']],
  ['高所得國家', ['income_group:HIC']],
  ['富國和窮國', ['income_group:HIC', 'income_group:LIC']],
  ['事務類的職業', ['occupation:4']],
  ['女性', ['sex:women']],
  ['金融及保險業', ['sector:K']],
];

describe('entities from the data', () => {
  it('has at least 50 cases, a third in Chinese', () => {
    expect(ENTITIES.length).toBeGreaterThanOrEqual(50);
    expect(ENTITIES.filter(([question]) => /\p{Script=Han}/u.test(question)).length).toBeGreaterThanOrEqual(ENTITIES.length / 5);
  });
  it.each(ENTITIES)('%s', (question, wanted, unwanted = []) => {
    const subjects = subjectsOf(question);
    for (const subject of wanted) expect(subjects, question).toContain(subject);
    for (const subject of unwanted) expect(subjects, question).not.toContain(subject);
  });
});

describe('words that name nothing are never a job', () => {
  it.each(['Which sectors are most at risk?', 'How exposed is the banking sector?', 'what about the blorf jobs'])('%s', (question) => {
    expect(read(question).subjects.filter((subject) => subject.kind === 'occupation')).toEqual([]);
  });
  it('says when the data does not hold what is asked', () => {
    expect(read('What does a nurse earn in Germany?').missingData).toBe('wages');
  });
  it('reports unknown words as unused instead of reading them as a job', () => {
    const understood = read('how exposed are glorpers?');
    expect(understood.subjects).toEqual([]);
    expect(understood.unused).toContain('glorpers');
  });
  it.each([
    ['How exposed are nurses?', ['2221', '3221']],
    ['How exposed are administrators?', ['4110', '3343', '1219', '2422']],
  ])('asks when a name has several readings: %s', (question, options) => {
    expect(read(question).clarify?.options.map((option) => option.id)).toEqual(expect.arrayContaining(options));
  });
});

// [question, operation]
const OPERATIONS: [string, string][] = [
  ['How exposed are bookkeepers?', 'lookup'],
  ['Top 10 most exposed jobs', 'rank'],
  ['List all occupations in gradient 4', 'list'],
  ['How many occupations are in gradient 4?', 'list'],
  ['Compare accountants and bookkeepers', 'compare'],
  ['Did web developers exposure change between 2023 and 2025?', 'change'],
  ['What share of global employment is exposed?', 'share'],
  ['What does gradient 4 mean?', 'explain'],
  ['What should unions do about AI in call centres?', 'advise'],
  ["I'm a bank teller, will AI replace me?", 'outlook'],
  ["Nurses are in the highest gradient, aren't they?", 'verify'],
  ['Is it true that 34% of jobs in rich countries are exposed?', 'verify'],
  ['What is the weather in Paris?', 'out_of_scope'],
  ['what can you do?', 'help'],
  ['會計師的暴露程度是多少？', 'lookup'],
  ['暴露程度最高的十個職業', 'rank'],
  ['第4梯度有哪些職業？', 'list'],
  ['會計師跟簿記員比較', 'compare'],
  ['聽說護理師在第4梯度，是真的嗎？', 'verify'],
  ['第4梯度是什麼意思？', 'explain'],
];

describe('operation from the classifier', () => {
  it.each(OPERATIONS)('%s', (question, operation) => {
    expect(read(question).operation).toBe(operation);
  });
});

describe('follow-ups', () => {
  it('inherit the subject for a question naming nothing', () => {
    expect(subjectsOf('what makes it so exposed?', ['How exposed are bookkeepers?'])).toContain('occupation:4311');
    expect(subjectsOf('那女性呢？', ['德國的暴露程度'])).toEqual(expect.arrayContaining(['country:DEU', 'sex:women']));
  });
  it('replace a place with a new place', () => {
    const subjects = subjectsOf('and in low-income countries?', ['How exposed is Kenya?']);
    expect(subjects).toContain('income_group:LIC');
    expect(subjects).not.toContain('country:KEN');
  });
  it('keep the country when a sector is narrowed with "within"', () => {
    expect(subjectsOf('within finance and insurance, which jobs are most exposed?', ['Which US sectors are the most exposed?'])).toEqual(
      expect.arrayContaining(['country:USA', 'sector:K']),
    );
  });
  it('do not carry an implied world into a question about a job', () => {
    expect(subjectsOf('and bank tellers?', ['What share of workers is exposed?'])).not.toContain('world:WORLD');
  });
});
