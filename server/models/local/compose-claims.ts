/**
 * Checking a claim against the data: a category or gradient asserted for an occupation, a figure asserted
 * for a population, a comparison between two places or between women and men. The verdict opens the
 * answer (yes / no / partly) and the figures that decide it follow, cited.
 */
import type { Language } from '../../domain/language.ts';
import type { Understanding } from '../../understanding/understanding.ts';
import { countryResults, figureValue, measureOf, percent, score } from './compose-subjects.ts';
import { phrase } from './phrases.ts';
import { CATEGORY_MEASURES, GRADIENT_MEASURES } from './plan.ts';
import { cite, outputsOf, type ToolOutcome } from './tool-outcomes.ts';

type Verdict = 'true' | 'false' | 'partly';
const HIGHER = /\b(higher|more|greater|bigger|above|worse)\b|比較高|較高|更高|比.{0,6}高|更容易|較多|更多/;
const LOWER = /\b(lower|less|smaller|fewer|below)\b|比較低|較低|更低|比.{0,6}低|較少|更少/;
const MOST = /\b(most|highest|top)\b|最高|最容易|最多/;
const BETWEEN_STUDIES =
  /2023|2025|\b(now|then|before|earlier|previous|first study|new index|refined index)\b|新版|舊版|以前|現在|之前|兩次/;
const ILO_SAYS = /\bilo\b|國際勞工組織|勞工組織/;
/** "Is that from the 2025 index?", "這是第140號工作報告的數字嗎？": a question about where figures come from. */
const ASKS_SOURCE =
  /\b(is|are) (that|this|it|these|those|they)( (number|figure|data|stat\w*|numbers|figures))? (from|in)\b|\bcomes? from\b|\bsources?d?\b|出自|來源|來自|的(數字|數據|資料)嗎/;
const SOURCE_PHRASE: Record<string, 'wp96' | 'wp140' | 'sourceIloRegional' | 'sourceWp166' | 'sourceCountryBrief' | 'sourceOther'> = {
  wp96: 'wp96',
  wp140: 'wp140',
  'ilo-regional': 'sourceIloRegional',
  wp166: 'sourceWp166',
  'ilo-country-brief': 'sourceCountryBrief',
};
const BOTH_STUDIES_RISE = /\b(so|therefore|means|increased|rose|grew)\b|所以|增加|上升|變多/;

// The categories and gradients a claim can name about an occupation ("exposed" = any of gradients 1-4).
const CLAIMABLE = new Set<string>([...CATEGORY_MEASURES, ...GRADIENT_MEASURES, 'exposed']);

/** Whether an occupation's 2023 category and 2025 exposure match a category or gradient named in a claim. */
function holdsFor(category2023: string, exposure2025: string, measure: string): boolean {
  if ((CATEGORY_MEASURES as readonly string[]).includes(measure)) return category2023 === measure;
  if (measure === 'exposed') return exposure2025.startsWith('gradient_');
  return exposure2025 === (measure === 'minimal_exposure' ? 'minimal' : measure);
}

/** The published metric a claim about a population's share is read against. */
const METRIC_OF_MEASURE: Record<string, string> = {
  augmentation: 'employment_share_augmentation',
  automation: 'employment_share_automation',
  gradient_4: 'employment_share_gradient_4',
  exposed: 'employment_share_exposed',
  exposure: 'employment_share_exposed',
};
const SAME = /\b(about|roughly|nearly|almost|more or less) (the )?(same|equal)\b|\bsimilar\b|差不多|相近|相當|一樣|接近/;

function verdictLine(verdict: Verdict, language: Language, reason: string): string {
  return `**${phrase(language, verdict === 'true' ? 'claimTrue' : verdict === 'false' ? 'claimFalse' : 'claimPartly')}** ${reason}`.trim();
}

export function claimBlock(u: Understanding, outcomes: readonly ToolOutcome[], question: string, language: Language): string {
  const claim = u.claim ?? { values: [], jobLoss: false, ratio: null };
  const text = question.toLowerCase();
  const jobLossNote = claim.jobLoss ? ` ${phrase(language, 'claimJobLoss')}` : '';

  // An occupation's category or gradient.
  const occupations = outputsOf(outcomes, 'getOccupation').flatMap((result) =>
    result.data.kind === 'occupation' ? [{ result, data: result.data }] : [],
  );
  const compared = outputsOf(outcomes, 'compareOccupations')[0]?.data.items ?? [];
  const units = [...occupations.map(({ data }) => data), ...compared];
  if (units.length > 0) {
    // Every category the claim names is checked, each against its own study ("augmentation in 2023, not exposed in 2025").
    const claimed = u.measures.filter((measure) => CLAIMABLE.has(measure));
    const verdicts = units.map((unit) => {
      if (!unit.wp140 || !unit.wp96) return null;
      if (claimed.length > 0) {
        const holding = claimed.filter((measure) => holdsFor(unit.wp96!.category, unit.wp140!.exposure, measure)).length;
        // "gradient 4 in 2025 and automation in 2023": one of two holding makes the claim partly right.
        return holding === claimed.length ? true : holding === 0 ? false : 'partly';
      }
      // "less exposed now than in the 2023 study": the direction of the change in the mean score.
      if (units.length === 1 && BETWEEN_STUDIES.test(text) && (HIGHER.test(text) || LOWER.test(text))) {
        const rose = unit.wp140.mean > unit.wp96.mean;
        return LOWER.test(text) && !HIGHER.test(text) ? !rose : rose;
      }
      if (MOST.test(text) || claim.jobLoss) return unit.wp140.exposure === 'gradient_4';
      return null;
    });
    const known = verdicts.filter((verdict) => verdict !== null);
    if (known.length > 0) {
      const verdict: Verdict = known.every((holds) => holds === true)
        ? claim.jobLoss
          ? 'partly'
          : 'true'
        : known.some((holds) => holds !== false)
          ? 'partly'
          : 'false';
      const facts = units
        .filter((unit) => unit.wp140 && unit.wp96)
        .map((unit) =>
          phrase(language, 'claimOccupationFact', {
            title: unit.title,
            code: unit.code,
            gradient: unit.wp140!.label,
            mean: score(unit.wp140!.mean),
            category: unit.wp96!.label,
            mean96: score(unit.wp96!.mean),
          }),
        )
        .join(' ');
      return verdictLine(verdict, language, `${facts}${jobLossNote}`);
    }
  }

  // Two or more countries compared, or women against men in one country.
  const countries = countryResults(outcomes);
  const share = (result: (typeof countries)[number], sex: 'total' | 'women' | 'men' = 'total') =>
    measureOf(result.data, 'wp140_exposed')?.[sex]?.sharePercent ?? null;
  if (countries.length >= 2 && (HIGHER.test(text) || LOWER.test(text))) {
    const [first, second] = [countries[0]!, countries[1]!];
    const [a, b] = [share(first), share(second)];
    if (a !== null && b !== null) {
      const claimedLower = LOWER.test(text) && !HIGHER.test(text);
      const verdict: Verdict = (claimedLower ? a < b : a > b) ? 'true' : 'false';
      return verdictLine(
        verdict,
        language,
        phrase(language, 'claimCountries', { a: first.data.name, av: percent(a), b: second.data.name, bv: percent(b) }),
      );
    }
  }
  const sexes = u.subjects.filter((subject) => subject.kind === 'sex');
  if (countries.length === 1 && sexes.length > 0) {
    const result = countries[0]!;
    const [women, men] = [share(result, 'women'), share(result, 'men')];
    if (women !== null && men !== null) {
      const claimedWomenHigher = !(LOWER.test(text) && !HIGHER.test(text));
      const verdict: Verdict = (claimedWomenHigher ? women > men : women < men) ? 'true' : 'false';
      return verdictLine(
        verdict,
        language,
        phrase(language, 'claimWomenMen', { name: result.data.name, women: percent(women), men: percent(men) }),
      );
    }
  }
  if (countries.length >= 1 && (claim.values.length > 0 || ILO_SAYS.test(text))) {
    const result = countries[0]!;
    const value = share(result);
    const verdict: Verdict =
      ILO_SAYS.test(text) || claim.jobLoss
        ? 'false'
        : value !== null && claim.values.some((claimed) => Math.abs(claimed - value) <= 2)
          ? 'true'
          : 'false';
    return verdictLine(
      verdict,
      language,
      `${phrase(language, 'claimCountryEstimate', { name: result.data.name, value: value === null ? '—' : percent(value) })}${jobLossNote}`,
    );
  }

  // A figure for the world, an income group or a region.
  const groups = outputsOf(outcomes, 'groupExposure');
  const figures = groups.flatMap((result) => result.data.figures.map((figure) => ({ figure, result })));
  // Where the figures come from: the study the user names against the one each figure was published in.
  if (u.study && ASKS_SOURCE.test(text)) {
    const relevant = figures.filter(
      ({ figure }) =>
        figure.unit === 'percent' && (claim.values.length === 0 || claim.values.some((claimed) => Math.abs(claimed - figure.value) <= 0.6)),
    );
    if (relevant.length > 0) {
      const named = phrase(language, u.study);
      const fromNamed = relevant.filter(({ figure }) => figure.study === u.study);
      const verdict: Verdict = fromNamed.length === relevant.length ? 'true' : fromNamed.length === 0 ? 'false' : 'partly';
      const facts = relevant
        .slice(0, 4)
        .map(({ figure, result }) => {
          const origin =
            figure.study === u.study
              ? phrase(language, 'claimFromStudy', { study: named })
              : phrase(language, 'claimFromOther', {
                  study: named,
                  source: phrase(language, SOURCE_PHRASE[figure.study] ?? 'sourceOther'),
                });
          const name = figure.label.includes(result.data.populationName) ? figure.label : `${figure.label} (${result.data.populationName})`;
          return `${name}: ${figureValue(figure, language)}, ${origin} ${cite(result, `figure:${figure.id}`)}`;
        })
        .join(language === 'zh-TW' ? '；' : '; ');
      return verdictLine(verdict, language, `${facts}.`);
    }
  }
  const studies = new Set(question.match(/2023|2025/g) ?? []);
  if (studies.size === 2 && BOTH_STUDIES_RISE.test(text)) return verdictLine('false', language, phrase(language, 'claimDifferentMeasures'));
  if (claim.ratio !== null) {
    const ratio = figures.find(({ figure }) => figure.unit === 'times_lower_bound');
    if (ratio)
      return verdictLine(
        'true',
        language,
        `${ratio.figure.label}: ${figureValue(ratio.figure, language)} ${cite(ratio.result, `figure:${ratio.figure.id}`)}`,
      );
  }
  // Two populations against each other ("about the same in poor and rich countries", "higher in Europe than in Asia").
  if (groups.length >= 2 && (SAME.test(text) || HIGHER.test(text) || LOWER.test(text))) {
    const metric = METRIC_OF_MEASURE[u.measure ?? 'exposed'] ?? METRIC_OF_MEASURE.exposed;
    const pair = groups.flatMap((result) => {
      const figure = result.data.figures.find((item) => item.metric === metric && item.sex === 'total' && item.unit === 'percent');
      return figure ? [{ result, figure }] : [];
    });
    if (pair.length >= 2) {
      const [a, b] = [pair[0]!, pair[1]!];
      const holds = SAME.test(text)
        ? Math.min(a.figure.value, b.figure.value) / Math.max(a.figure.value, b.figure.value) >= 0.75
        : LOWER.test(text) && !HIGHER.test(text)
          ? a.figure.value < b.figure.value
          : a.figure.value > b.figure.value;
      const facts = [a, b]
        .map(
          ({ result, figure }) => `${result.data.populationName}: ${figureValue(figure, language)} ${cite(result, `figure:${figure.id}`)}`,
        )
        .join(language === 'zh-TW' ? '；' : '; ');
      return verdictLine(holds ? 'true' : 'false', language, `${a.figure.label}: ${facts}.`);
    }
  }
  // Women against men in a population's published figures.
  if (sexes.length > 0 && figures.length > 0 && claim.values.length === 0) {
    const pairs = figures
      .filter(({ figure }) => figure.sex === 'women' && figure.unit === 'percent')
      .map((women) => ({
        women,
        men: figures.find(
          ({ figure }) =>
            figure.sex === 'men' &&
            figure.metric === women.figure.metric &&
            figure.population === women.figure.population &&
            figure.study === women.figure.study,
        ),
      }))
      .filter((pair): pair is { women: (typeof figures)[number]; men: (typeof figures)[number] } => pair.men !== undefined);
    if (pairs.length > 0) {
      const claimedWomenHigher = !(LOWER.test(text) && !HIGHER.test(text));
      const holds = pairs.filter(({ women, men }) =>
        claimedWomenHigher ? women.figure.value > men.figure.value : women.figure.value < men.figure.value,
      );
      const verdict: Verdict = holds.length === pairs.length ? 'true' : holds.length === 0 ? 'false' : 'partly';
      const facts = pairs
        .map(
          ({ women, men }) =>
            `${women.figure.label} (${women.result.data.populationName}): ` +
            `${phrase(language, 'womenMen', { women: figureValue(women.figure, language), men: figureValue(men.figure, language) })} ` +
            cite(women.result, `figure:${women.figure.id}`, `figure:${men.figure.id}`),
        )
        .join('; ');
      return verdictLine(verdict, language, `${facts}.`);
    }
  }
  const wantedSex = sexes.length === 1 && sexes[0]!.id !== 'both' ? sexes[0]!.id : 'total';
  const matching = figures.filter(
    ({ figure }) => figure.unit === 'percent' && claim.values.some((claimed) => Math.abs(claimed - figure.value) <= 0.6),
  );
  if (matching.length > 0) {
    const best = matching.find(({ figure }) => figure.sex === wantedSex) ?? matching[0]!;
    const fact =
      `${best.figure.label} (${best.result.data.populationName}): ${figureValue(best.figure, language)} ` +
      `${cite(best.result, `figure:${best.figure.id}`)}`;
    return verdictLine(claim.jobLoss ? 'partly' : 'true', language, `${fact}.${jobLossNote}`);
  }
  if (claim.values.length > 0 && figures.length > 0) {
    const relevant = figures.filter(({ figure }) => figure.unit === 'percent' && figure.sex === wantedSex).slice(0, 3);
    const facts = relevant
      .map(
        ({ figure, result }) =>
          `${figure.label} (${result.data.populationName}): ${figureValue(figure, language)} ${cite(result, `figure:${figure.id}`)}`,
      )
      .join('; ');
    return verdictLine('false', language, `${phrase(language, 'claimNoSuchFigure')} ${facts}.${jobLossNote}`);
  }
  return phrase(language, 'claimUnchecked');
}
