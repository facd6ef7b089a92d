/**
 * Stage 1 of the local model, and what every answer says it answered: entities first (from the data),
 * the operation from the trained classifier over the masked question, then the frame's slots (measure,
 * study, order, limit, claim), follow-ups filled from the previous question, and clarification when a
 * name is ambiguous or doubtful. Pure: the same question, context and resources give the same result.
 */
import { INCOME_GROUPS, WORLD } from '../domain/areas.ts';
import type { Language } from '../domain/language.ts';
import type { Span } from './entities.ts';
import type { Lexicon } from './lexicon.ts';
import { maskQuestion, type Operation, type OperationClassifier } from './operation-classifier.ts';
import { hasHan, labelKey } from './question-text.ts';
import { tagQuestion } from './tagger.ts';
import type { ClarifyOption, Measure, Subject, Understanding } from './understanding.ts';
import { unusedWords } from './unused-words.ts';

/** A name at or above this confidence is taken; between DOUBT and ACCEPT the answer asks. */
const ACCEPT = 0.85;
const DOUBT = 0.7;
/** Readings of one name this close to the best are equally plausible: the answer shows them all and asks. */
const TIE = 0.03;
/** Below this probability the classifier's operation is not trusted for a follow-up. */
const SURE = 0.6;

export interface UnderstandingResources {
  lexicon: Lexicon;
  classifier: OperationClassifier;
  /** Display names of sectors by id, when the data has sectors. */
  sectorNames?: ReadonlyMap<string, { en: string; zh: string }>;
}

const REGION_NAMES: Record<string, string> = {
  'Europe and Central Asia': '歐洲及中亞',
  Americas: '美洲',
  'Asia and the Pacific': '亞洲及太平洋',
  Africa: '非洲',
  'Arab States': '阿拉伯國家',
};

// Slot cues: how many, which direction, whether a claim speaks of jobs lost. None of them decides the operation.
const ASCENDING =
  /\b(least|lowest|less|safest|fewest|bottom|smallest|decreas\w*|fell|dropped|declin\w*)\b|最低|最少|最不|最小|最安全|下降|減少|降低|不容易|不會被|較少/;
const LIMIT =
  /\btop\s*(\d{1,3})\b|\b(\d{1,3})\s+(?:most|least|highest|lowest|biggest|jobs|occupations|countries|sectors|tasks)\b|前\s*(\d{1,3})/;
const LIMIT_WORDS: Record<string, number> = { three: 3, five: 5, ten: 10, twenty: 20, 三: 3, 五: 5, 十: 10 };
const LIMIT_WORD = /\btop (three|five|ten|twenty)\b|\b(three|five|ten) (most|least)|前(三|五|十)/;
const ALL = /\b(all|every|complete|full list|entire)\b|全部|所有|完整|全都|每一個/;
const JOB_LOSS =
  /\b(replac\w*|destroy\w*|wip\w* out|lose|losing|lost|eliminat\w*|disappear\w*|vanish\w*|take over|unemploy\w*|job loss\w*|cut\w*|kill\w*|obsolete)\b|取代|消失|失業|裁員|淘汰|搶走|丟掉|沒工作|被AI做掉|飯碗/;
const FRACTIONS: [RegExp, number][] = [
  [/\b(a|one) quarter\b|\bone in four\b|四分之一|1\/4/, 25],
  [/\b(a|one) third\b|\bone in three\b|三分之一|1\/3/, 33.3],
  [/\bhalf\b|一半|二分之一/, 50],
  [/\bone in five\b|五分之一/, 20],
  [/\bone in ten\b|十分之一/, 10],
];
const RATIO = /\b(twice|two times|double)\b|兩倍|二倍|2倍/;
const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|％|percent|個百分點)|百分之(\d+(?:\.\d+)?)/g;
// Attempts to override or reveal the rules: a safety guard, checked before anything is looked up.
const MANIPULATION = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|rules|prompts?|previous|above|guidelines)\b/,
  /\bsystem (prompt|message|instructions?)\b/,
  /\b(your|the) (hidden |initial |original )?(instructions|prompt|rules)\b/,
  /\b(jailbreak|developer mode|dan mode)\b/,
  /\bpretend (you are|to be)\b|\byou are now\b|\bact as (an?|the)\b/,
  /忽略|無視|不要理會|系統提示|提示詞|你的(指令|指示|規則|設定)|越獄|假裝你是|扮演/,
];
/** Data the knowledge base does not hold, so the answer can say so plainly. */
const MISSING_DATA: [string, RegExp][] = [
  [
    'wages',
    /\b(wages?|salar\w*|earn\w*|pay|paid|income of|how much do|make a year)\b|薪水(?!的)|薪資(?!的)|月薪|年薪|收入多少|待遇|降薪|加薪/,
  ],
  ['unemployment', /\bunemployment rates?\b|\bjobless\b|失業率/],
  [
    'forecast',
    /\b(by|in|for|until) (20[3-9]\d)\b|\bproject(ed|ions?)\b|\bforecast\w*|20[3-9]\d\s*年|\bin (the next|\d+) (years|decades)\b|\bhow many jobs (will|would)\b|\b(will|would) (be )?(lost|lose|cut|disappear)\b|到\s*20[3-9]\d|幾年後|哪一年|會少掉|少掉幾|幾萬個工作|多少工作會消失/,
  ],
  [
    'other_studies',
    /\b(mckinsey|goldman|oecd|frey|osborne|pwc|world economic forum|wef|imf|gartner|accenture|openai study)\b|麥肯錫|高盛|經合組織|世界經濟論壇/,
  ],
  [
    'companies',
    /\b(compan(y|ies)|firms?|employers?) (are |is )?(plan\w*|replac\w*|cut\w*|layoff\w*)|\b(concentrix|teleperformance|amazon|google|microsoft|ibm)\b|國泰|中信|台積電|企業打算|公司打算|哪些公司/,
  ],
];

export function understand(
  question: string,
  context: Understanding | null,
  language: Language,
  resources: UnderstandingResources,
): Understanding {
  const tagged = tagQuestion(question, resources.lexicon);
  const masked = maskQuestion(tagged.text, tagged.spans);
  const classified = resources.classifier.classify(masked);
  const entity = readSubjects(tagged.spans, tagged.text, language, resources);
  const measures = tagged.spans
    .flatMap((span) => span.candidates.filter((candidate) => candidate.kind === 'measure').slice(0, 1))
    .map((candidate) => candidate.id as Measure);
  // "the 2025 refined index" names one study twice.
  const studies = [
    ...new Set(
      tagged.spans
        .flatMap((span) => span.candidates.filter((candidate) => candidate.kind === 'study').slice(0, 1))
        .map((candidate) => candidate.id),
    ),
  ];
  const text = tagged.text;

  let operation: Operation = classified.operation;
  let confidence = classified.confidence;
  let subjects = entity.subjects;
  const fromContext: Understanding['fromContext'] = [];
  const followUp = context !== null && looksLikeFollowUp(text, subjects, context, measures);
  if (followUp && context) {
    const inherited = inheritSubjects(subjects, context, operation);
    if (inherited.length > subjects.length) {
      subjects = inherited;
      fromContext.push('subjects');
    }
    if (confidence < SURE && !['help', 'out_of_scope'].includes(operation) && context.operation !== 'help') {
      operation = context.operation;
      confidence = 1;
      fromContext.push('operation');
    }
  }
  // Job names are not requests for data ("薪資人員" are payroll clerks, not a question about pay).
  const outsideNames = tagged.spans
    .filter((span) => span.candidates[0]?.kind === 'occupation')
    .reduce((rest, span) => rest.slice(0, span.start) + ' '.repeat(span.end - span.start) + rest.slice(span.end), text);
  const missingData = MISSING_DATA.find(([, pattern]) => pattern.test(outsideNames))?.[0] ?? null;
  const limitMatch = LIMIT.exec(text);
  const limitWord = LIMIT_WORD.exec(text);
  const limit = limitMatch
    ? Number(limitMatch[1] ?? limitMatch[2] ?? limitMatch[3])
    : limitWord
      ? (LIMIT_WORDS[limitWord[1] ?? limitWord[2] ?? limitWord[3] ?? ''] ?? null)
      : ALL.test(text)
        ? 500
        : null;
  const measure =
    measures.find((id) => id !== 'employment') ??
    measures[0] ??
    (followUp && fromContext.includes('operation') ? context?.measure : null) ??
    null;
  const study =
    studies.length === 1 ? (studies[0] as 'wp96' | 'wp140') : followUp && studies.length === 0 ? (context?.study ?? null) : null;
  // "retail workers", "bank staff": in a question asking for advice, a job named by its industry names the industry too.
  if (operation === 'advise' && !subjects.some((subject) => subject.kind === 'sector'))
    subjects = [...subjects, ...industriesNamedIn(subjects, language, resources).slice(0, 1)];
  const unused = unusedWords(tagged, resources.classifier);
  // A population question that names no place: the conversation's place ("why are women so much higher?" after
  // Taiwan), else the world.
  if (impliesWorld(operation, subjects, measure, unused) && !missingData) {
    const contextPlaces = (context?.subjects ?? []).filter(
      (subject) => PLACES.includes(subject.kind) && !(subject.kind === 'world' && subject.fromText === ''),
    );
    if (contextPlaces.length > 0) {
      subjects = [...subjects, ...contextPlaces.map((subject) => ({ ...subject, fromText: '', fromContext: true }))];
      if (!fromContext.includes('subjects')) fromContext.push('subjects');
    } else
      subjects = [
        ...subjects,
        { kind: 'world', id: WORLD.code, label: subjectLabel('world', WORLD.code, language, resources), fromText: '', confidence: 1 },
      ];
  }
  return {
    operation,
    confidence: Math.round(confidence * 100) / 100,
    subjects,
    measure,
    measures: [...new Set(measures)],
    study,
    order: ASCENDING.test(text) ? 'asc' : 'desc',
    limit: limit === null ? null : Math.min(500, Math.max(1, limit)),
    unused,
    clarify: entity.clarify,
    claim: operation === 'verify' ? readClaim(text) : null,
    fromContext,
    missingData,
    manipulation: MANIPULATION.some((pattern) => pattern.test(text)),
  };
}

function industriesNamedIn(subjects: Subject[], language: Language, resources: UnderstandingResources): Subject[] {
  return subjects
    .filter((subject) => subject.kind === 'occupation' && !hasHan(subject.fromText))
    .flatMap((subject) =>
      subject.fromText.split(/\s+/).flatMap((word) => {
        const sector = resources.lexicon.latin.get(labelKey(word))?.find((entry) => entry.kind === 'sector' && !entry.upperOnly);
        return sector
          ? [
              {
                kind: 'sector' as const,
                id: sector.id,
                label: subjectLabel('sector', sector.id, language, resources),
                fromText: word,
                confidence: 1,
              },
            ]
          : [];
      }),
    );
}

/**
 * A population figure asked of no one is the world's: women against men, a claim, a share, or a plain
 * lookup that names nothing else. Made a subject so the "Answering:" line says so and the planner needs no default.
 * Words that named nothing stop it for a share or lookup: they may be a job the data does not know.
 */
function impliesWorld(operation: Operation, subjects: Subject[], measure: Measure | null, unused: string[]): boolean {
  if (subjects.some((subject) => ['country', 'income_group', 'region', 'world', 'sector'].includes(subject.kind))) return false;
  // Occupation scores are not split by sex: women against men is a population's figure even after a job.
  if (subjects.some((subject) => subject.kind === 'sex')) return true;
  if (subjects.length > 0) return false;
  if (operation === 'verify') return true;
  if (unused.length > 0) return false;
  return operation === 'share' || (['lookup', 'compare'].includes(operation) && (measure === null || measure === 'employment'));
}

const FOLLOW_UP_START =
  /^\s*(and|what about|how about|what of|also|then|same for|now|ok so|so what about|and what about|but|within|among|of those|of these)\b|^\s*(那|那麼|還有|至於|而|換成|改成|如果是|另外)/;
const FOLLOW_UP_END = /(呢|的呢)[？?！!。\s]*$/;
/** "Is the gap even bigger in rich countries?", "差距是不是更大？": a comparison with what was just said. */
const COMPARED_BACK = /\beven (higher|bigger|larger|wider|lower|smaller|more|less)\b|(差距|比例|比重|分數).{0,6}更(大|高|低|小|多|少)/;
const PRONOUN =
  /\b(it|its|they|them|their|these|those|that|this one|that one|this job|that job|the same)\b|他們|它們|這個|那個|這些|那些|這份工作|這種工作|其/;

function looksLikeFollowUp(text: string, subjects: Subject[], context: Understanding, measures: Measure[]): boolean {
  if (context.subjects.length === 0 && context.measure === null) return false;
  const words = hasHan(text) ? [...text.replace(/[^\p{Script=Han}a-z0-9]/gu, '')].length / 2 : (text.match(/[a-z0-9]+/g) ?? []).length;
  const namesNothing = subjects.filter((subject) => subject.kind !== 'sex').length === 0;
  // Tasks belong to a job: "which of the agents' tasks…" asks about the job just discussed.
  const tasksOfLastJob = namesNothing && measures.includes('tasks') && context.subjects.some((subject) => subject.kind === 'occupation');
  return (
    FOLLOW_UP_START.test(text) ||
    FOLLOW_UP_END.test(text) ||
    PRONOUN.test(text) ||
    COMPARED_BACK.test(text) ||
    words <= 5 ||
    (namesNothing && words <= 9) ||
    tasksOfLastJob
  );
}

/** The previous question's subjects that the new one leaves open: a new name of the same kind replaces them. */
const PLACES: Subject['kind'][] = ['country', 'income_group', 'region', 'world'];

function inheritSubjects(subjects: Subject[], context: Understanding, operation: Operation): Subject[] {
  if (operation === 'help') return subjects;
  // "How does that compare with X?" adds X to what was asked before.
  if (operation === 'compare') {
    const added = context.subjects.filter((subject) => !subjects.some((other) => other.kind === subject.kind && other.id === subject.id));
    return [...added.map((subject) => ({ ...subject, fromText: '', fromContext: true })), ...subjects];
  }
  const named = new Set(subjects.map((subject) => subject.kind));
  const namesPlace = subjects.some((subject) => PLACES.includes(subject.kind));
  const kept = context.subjects.filter((subject) => {
    if (named.has(subject.kind)) return false;
    // The world implied by the last question is implied again if this one needs it, not carried over.
    if (subject.kind === 'world' && subject.fromText === '') return false;
    // A new place replaces the old place, whatever its kind ("and in low-income countries?" after Kenya).
    if (PLACES.includes(subject.kind) && namesPlace) return false;
    // A population's figures carry over to a new population, not to an occupation named now.
    if (subject.kind === 'sex' && subjects.some((other) => other.kind === 'occupation')) return false;
    // "and teachers?" after call-centre agents in their sector: a new job leaves the old job's industry behind.
    if (subject.kind === 'sector' && subjects.some((other) => other.kind === 'occupation')) return false;
    return true;
  });
  return [...subjects, ...kept.map((subject) => ({ ...subject, fromText: '', fromContext: true }))];
}

function subjectLabel(kind: Subject['kind'], id: string, language: Language, resources: UnderstandingResources): string {
  const zh = language === 'zh-TW';
  if (kind === 'occupation' || kind === 'country') {
    const title = resources.lexicon.titles.get(`${kind}:${id}`);
    return title ? (zh ? title.zh : title.en) : id;
  }
  if (kind === 'income_group') {
    const group = INCOME_GROUPS.find((entry) => entry.code === id);
    return group ? (zh ? group.nameZhTw : `${group.nameEn} countries`) : id;
  }
  if (kind === 'world') return zh ? WORLD.nameZhTw : WORLD.nameEn;
  if (kind === 'region') return zh ? (REGION_NAMES[id] ?? id) : id;
  if (kind === 'sex') return zh ? ({ women: '女性', men: '男性', both: '女性與男性' }[id] ?? id) : id === 'both' ? 'women and men' : id;
  const sector = resources.sectorNames?.get(id);
  return sector ? (zh ? sector.zh : sector.en) : id;
}

/** Accepted names become subjects; a tie between readings, or a doubtful one, becomes a question back. */
function readSubjects(spans: readonly Span[], text: string, language: Language, resources: UnderstandingResources) {
  const subjects: Subject[] = [];
  let clarify: Understanding['clarify'] = null;
  const wantsSector = /\b(sector|sectors|industry|industries)\b|產業|行業|業界|部門|(?<=\p{Script=Han})業(?!務)/u.test(text);
  for (const span of spans) {
    const readings = span.candidates.filter((candidate) => candidate.kind !== 'measure' && candidate.kind !== 'study');
    if (readings.length === 0) continue;
    // A name that is both a sector and an occupation group ("education") is read as the sector when the question says so.
    const preferred = wantsSector ? [...readings].sort((a, b) => Number(b.kind === 'sector') - Number(a.kind === 'sector')) : readings;
    const best = preferred[0]!;
    const kind = best.kind as Subject['kind'];
    const same = preferred.filter((candidate) => candidate.kind === best.kind);
    // A group whose one unit group has the same title ("中等教育教師" is 233 and 2330) is that unit group.
    const ties = same
      .filter((candidate) => candidate.score >= best.score - TIE)
      .filter(
        (candidate, _, all) =>
          kind !== 'occupation' ||
          !all.some(
            (other) =>
              other.id.length > candidate.id.length &&
              other.id.startsWith(candidate.id) &&
              subjectLabel(kind, other.id, language, resources) === subjectLabel(kind, candidate.id, language, resources),
          ),
      );
    const option = (candidate: { id: string }): ClarifyOption => ({
      kind,
      id: candidate.id,
      label: subjectLabel(kind, candidate.id, language, resources),
    });
    if (best.score >= ACCEPT) {
      const chosen = ties[0] ?? best;
      if (subjects.some((subject) => subject.kind === kind && subject.id === chosen.id)) continue;
      subjects.push({
        kind,
        id: chosen.id,
        label: subjectLabel(kind, chosen.id, language, resources),
        fromText: span.text,
        confidence: chosen.score,
      });
      if (ties.length > 1 && !clarify) clarify = { reason: 'ambiguous', fromText: span.text, options: ties.slice(0, 4).map(option) };
    } else if (best.score >= DOUBT && !clarify) {
      clarify = { reason: 'low_confidence', fromText: span.text, options: same.slice(0, 3).map(option) };
    }
  }
  return { subjects, clarify };
}

function readClaim(text: string): Understanding['claim'] {
  const values = [...text.matchAll(PERCENT)].map((match) => Number(match[1] ?? match[2]));
  for (const [pattern, value] of FRACTIONS) if (pattern.test(text)) values.push(value);
  return { values, jobLoss: JOB_LOSS.test(text), ratio: RATIO.test(text) ? 2 : null };
}
