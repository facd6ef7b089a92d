/**
 * Stage 3 of the local model: the answer, written only from this turn's tool results. Every figure is
 * copied (or rounded) from a result and followed by the [n] of the source the result carries, so the
 * grounding check passes by construction.
 */
import type { Language } from '../../domain/language.ts';
import { phrase, SUGGESTIONS } from './phrases.ts';
import { MATCH_THRESHOLD } from './plan.ts';
import type { ToolOutcome } from './prompt-reader.ts';
import type { Intent } from './understand.ts';

type Output = NonNullable<ToolOutcome['output']>;

const score = (value: number) => value.toFixed(2);
const percent = (value: number) => `${Math.round(value * 10) / 10}`;
const signed = (value: number) => Math.abs(value).toFixed(2);

function cite(output: Output | null | undefined, ...ids: string[]): string {
  const numbers = ids.map((id) => output?.sources.find((source) => source.id === id)?.n).filter((n): n is number => n !== undefined);
  return numbers.map((n) => `[${n}]`).join('');
}

const outputsOf = (outcomes: readonly ToolOutcome[], toolName: string) =>
  outcomes.filter((outcome) => outcome.toolName === toolName && outcome.output).map((outcome) => outcome.output!);

function suggestions(language: Language, topic: keyof typeof SUGGESTIONS): string {
  const [first, second] = SUGGESTIONS[topic]![language];
  return language === 'zh-TW'
    ? `${phrase(language, 'followUpPrefix')}「${first}」或「${second}」`
    : `${phrase(language, 'followUpPrefix')} "${first}" or "${second}"`;
}

const join = (...blocks: (string | false | null | undefined)[]) => blocks.filter(Boolean).join('\n\n');

export function compose(intent: Intent, outcomes: readonly ToolOutcome[], language: Language): string {
  switch (intent.kind) {
    case 'occupation':
      return composeOccupation(intent, outcomes, language);
    case 'compare_occupations':
      return composeComparison(intent, outcomes, language);
    case 'rank_occupations':
      return composeRanking(outcomes, language);
    case 'group':
      return composeGroups(intent, outcomes, language);
    case 'country':
      return composeCountries(intent, outcomes, language);
    case 'rank_countries':
      return composeCountryRanking(outcomes, language);
    case 'knowledge':
      return composeKnowledge(intent.query, outcomes, language);
    case 'refusal':
      return join(
        phrase(language, intent.reason === 'manipulation' ? 'refusalManipulation' : 'refusalOutOfScope'),
        suggestions(language, 'start'),
      );
    case 'help':
      return join(phrase(language, 'help'), suggestions(language, 'start'));
  }
}

function candidateList(candidates: { code: string; title: string; titleZhTw?: string | null }[], language: Language) {
  return candidates
    .map(
      (candidate) => `${language === 'zh-TW' && candidate.titleZhTw ? candidate.titleZhTw : candidate.title} (ISCO-08 ${candidate.code})`,
    )
    .join(language === 'zh-TW' ? '、' : ', ');
}

function composeOccupation(intent: Extract<Intent, { kind: 'occupation' }>, outcomes: readonly ToolOutcome[], language: Language): string {
  const resolved = outputsOf(outcomes, 'resolveOccupation')[0];
  const result = outputsOf(outcomes, 'getOccupation')[0];
  const data = result?.data;
  if (!data || data.kind === 'not_found') {
    const near = (resolved?.data.candidates ?? []).filter((candidate: { score: number }) => candidate.score >= 0.35).slice(0, 3);
    return join(
      phrase(language, 'unknownOccupation', { phrase: intent.phrase }),
      near.length > 0 ? phrase(language, 'didYouMean', { list: candidateList(near, language) }) : phrase(language, 'tryAnother'),
      suggestions(language, 'start'),
    );
  }
  if (data.kind === 'group') return composeGroupDistribution(data, result!, language);

  const source = `occupation:${data.code}`;
  // The title and hierarchy come from the classification (and the name match from ESCO): cite those too.
  const header =
    `**${data.title}** (ISCO-08 ${data.code})${data.hierarchy?.[0] ? ` · ${data.hierarchy[0].title}` : ''} ${cite(resolved, 'isco-08', 'esco-occupations')}`.trim();
  const candidates = (resolved?.data.candidates ?? []) as {
    code: string;
    title: string;
    titleZhTw: string | null;
    score: number;
    level: number;
  }[];
  const best = candidates[0];
  const understood = best && best.code === data.code && best.score < 1 ? phrase(language, 'understoodAs', { phrase: intent.phrase }) : '';
  const alternatives = candidates
    .slice(1)
    .filter(
      (candidate) =>
        best && candidate.score >= Math.max(MATCH_THRESHOLD, best.score - 0.04) && candidate.code !== data.code && candidate.level === 4,
    );
  const aside = [
    understood,
    alternatives.length > 0 ? phrase(language, 'alternatives', { list: candidateList(alternatives.slice(0, 3), language) }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  if (!data.scored)
    return join(header, aside, `${phrase(language, 'unscored')} ${cite(result, source)}`, suggestions(language, 'occupation'));

  const wp140Line = `- **${phrase(language, 'wp140')}:** ${phrase(language, 'meanScore')} ${score(data.wp140.mean)} (${phrase(language, 'sd')} ${score(data.wp140.sd)}), ${data.wp140.label} ${cite(result, source, 'ilo-wp140-2025')}`;
  const wp96Line = `- **${phrase(language, 'wp96')}:** ${phrase(language, 'meanScore')} ${score(data.wp96.mean)} (${phrase(language, 'sd')} ${score(data.wp96.sd)}), ${data.wp96.label} ${cite(result, source, 'ilo-wp96-2023')}`;
  const studies = intent.study === 'wp96' ? [wp96Line, wp140Line] : [wp140Line, wp96Line];
  const change =
    data.change === 0 || data.change === null
      ? phrase(language, 'changeNone', { to: score(data.wp140.mean) })
      : phrase(language, data.change > 0 ? 'changeUp' : 'changeDown', {
          value: signed(data.change),
          from: score(data.wp96.mean),
          to: score(data.wp140.mean),
        });
  const taskCount = intent.focus === 'tasks' ? data.tasks.length : Math.min(3, data.tasks.length);
  const tasks = (data.tasks as { text: string; score2025: number; score2023: number | null }[])
    .filter((task) => task.text)
    .slice(0, taskCount)
    .map(
      (task, index) =>
        `${index + 1}. ${task.text.replace(/[;.]\s*$/, '')} — ${score(task.score2025)}${task.score2023 === null ? '' : ` (${score(task.score2023)})`}`,
    );
  return join(
    header,
    aside,
    studies.join('\n'),
    `${change}${intent.focus === 'change' ? ` ${phrase(language, 'changeWhy')}` : ''} ${cite(result, source)}`,
    tasks.length > 0
      ? `${phrase(language, intent.focus === 'tasks' ? 'allTasks' : 'mostExposedTasks')} ${cite(result, source)}\n${tasks.join('\n')}`
      : '',
    phrase(language, 'caveat'),
    suggestions(language, 'occupation'),
  );
}

function composeGroupDistribution(data: any, result: Output, language: Language): string {
  const labels = (counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .map(([key, count]) => `${key.replace(/_/g, ' ')}: ${count}`)
      .join(', ');
  return join(
    `${phrase(language, 'groupDistribution', { title: data.title, code: data.code, units: data.unitGroups, scored: data.scoredUnitGroups })} ${cite(result, result.sources[0]?.id ?? '')}`,
    `- ${phrase(language, 'wp140')}: ${labels(data.distribution.wp140)}\n- ${phrase(language, 'wp96')}: ${labels(data.distribution.wp96)}`,
    suggestions(language, 'ranking'),
  );
}

function composeComparison(
  intent: Extract<Intent, { kind: 'compare_occupations' }>,
  outcomes: readonly ToolOutcome[],
  language: Language,
): string {
  const result = outputsOf(outcomes, 'compareOccupations')[0];
  if (!result || result.data.items.length < 2) {
    const unmatched = outcomes
      .filter((outcome) => outcome.toolName === 'resolveOccupation' && !(outcome.output?.data.candidates?.[0]?.score >= MATCH_THRESHOLD))
      .map((outcome) => `"${String(outcome.input.query)}"`);
    return join(
      phrase(language, 'compareMissing', { list: unmatched.join(', ') || intent.phrases.join(', ') }),
      phrase(language, 'tryAnother'),
      suggestions(language, 'start'),
    );
  }
  const items = result.data.items as any[];
  const header = `| ${phrase(language, 'columnOccupation')} | ${phrase(language, 'wp96')} | ${phrase(language, 'wp140')} | ${phrase(language, 'columnChange')} |\n|---|---|---|---|`;
  const rows = items.map(
    (item) =>
      `| ${item.title} (ISCO-08 ${item.code}) ${cite(result, `occupation:${item.code}`)} | ${score(item.wp96.mean)} · ${item.wp96.label} | ${score(item.wp140.mean)} · ${item.wp140.label} | ${item.change >= 0 ? '+' : '−'}${signed(item.change)} |`,
  );
  const tasks = items
    .filter((item) => item.topTasks[0]?.text)
    .map(
      (item) =>
        `- ${phrase(language, 'topTaskOf', { title: item.title, task: item.topTasks[0].text.replace(/[;.]\s*$/, ''), score: score(item.topTasks[0].score2025) })} ${cite(result, `occupation:${item.code}`)}`,
    );
  const resolved = outputsOf(outcomes, 'resolveOccupation')[0];
  return join(
    `${phrase(language, 'compareIntro')} ${cite(resolved, 'isco-08', 'esco-occupations')}${cite(result, 'ilo-wp96-2023', 'ilo-wp140-2025')}`,
    [header, ...rows].join('\n'),
    tasks.join('\n'),
    phrase(language, 'caveat'),
    suggestions(language, 'occupation'),
  );
}

function composeRanking(outcomes: readonly ToolOutcome[], language: Language): string {
  const result = outputsOf(outcomes, 'rankOccupations')[0]!;
  const { items, order, by, group } = result.data;
  const within = group ? phrase(language, 'within', { title: group.title }) : '';
  const studyName = phrase(language, by === 'wp96' ? 'wp96' : 'wp140');
  const intro = phrase(language, by === 'change' ? 'rankIntroChange' : order === 'asc' ? 'rankIntroAsc' : 'rankIntroDesc', {
    count: items.length,
    within,
    study: studyName,
  });
  const scoreOf = (item: any) => (by === 'wp96' ? item.wp96 : item.wp140);
  const header = `| # | ${phrase(language, 'columnOccupation')} | ${by === 'change' ? phrase(language, 'columnChange') : phrase(language, 'columnMean')} | ${phrase(language, 'columnLevel')} |\n|---|---|---|---|`;
  const rows = (items as any[]).map(
    (item) =>
      `| ${item.rank} | ${item.title} (ISCO-08 ${item.code}) ${cite(result, `occupation:${item.code}`)} | ${by === 'change' ? `${item.change >= 0 ? '+' : '−'}${signed(item.change)}` : score(scoreOf(item).mean)} | ${scoreOf(item).label} |`,
  );
  return join(
    `${intro} ${cite(result, by === 'wp96' ? 'ilo-wp96-2023' : 'ilo-wp140-2025')}`,
    [header, ...rows].join('\n'),
    phrase(language, 'caveat'),
    suggestions(language, 'ranking'),
  );
}

const methodName = (method: string, language: Language) =>
  phrase(language, method === 'esco_weighted' ? 'methodEscoWeighted' : 'methodUnweighted');

const classNote = (sourceClass: string, language: Language) =>
  sourceClass === 'primary' ? '' : ` (${phrase(language, sourceClass as 'secondary' | 'quoted' | 'derived')})`;

function figureLine(figure: any, result: Output, language: Language): string {
  const value =
    figure.unit === 'percent'
      ? `${figure.valueText}${figure.valueHigh !== null ? `-${figure.valueHigh}` : ''}%`
      : figure.unit === 'times_lower_bound'
        ? language === 'zh-TW'
          ? '兩倍以上'
          : 'more than twice'
        : figure.valueText;
  return `- ${figure.label}: **${value}**${classNote(figure.sourceClass, language)} ${cite(result, `figure:${figure.id}`)}`;
}

function composeGroups(intent: Extract<Intent, { kind: 'group' }>, outcomes: readonly ToolOutcome[], language: Language): string {
  const blocks = outputsOf(outcomes, 'groupExposure').map((result) => {
    const { figures, populationName, estimate } = result.data;
    // Asked about women (or men): show both sexes side by side, since the point is the comparison.
    const wanted = intent.sex === 'any' ? figures : figures.filter((figure: any) => figure.sex !== 'total');
    const shown = wanted.length > 0 ? wanted : figures;
    const lines = shown.map((figure: any) => figureLine(figure, result, language));
    const exposed = estimate?.measures.find((measure: any) => measure.measure === 'wp140_exposed');
    const estimateLine =
      exposed?.total && (figures.filter((figure: any) => figure.study === 'wp140').length === 0 || intent.sex !== 'any')
        ? phrase(language, 'estimateFor', {
            label: estimate.label,
            share: percent(exposed.total.sharePercent),
            population: populationName,
            sexPart: exposed.women
              ? phrase(language, 'sexPartWomenMen', { women: percent(exposed.women.sharePercent), men: percent(exposed.men.sharePercent) })
              : '',
            mae: estimate.validation.meanAbsoluteErrorPp,
            cite: cite(result, `estimate:${result.data.population}`),
          })
        : '';
    return join(
      lines.length > 0
        ? `${phrase(language, 'figuresFor', { population: populationName })}\n${lines.join('\n')}`
        : phrase(language, 'noFigures', {
            population: populationName,
            filter: intent.sex === 'any' ? '' : phrase(language, 'forWomenMen'),
          }),
      wanted.length === 0 && intent.sex !== 'any' && figures.length > 0
        ? phrase(language, 'noFigures', { population: populationName, filter: phrase(language, 'forWomenMen') })
        : '',
      estimateLine,
    );
  });
  const note =
    intent.note === 'occupation_scores_are_global'
      ? phrase(language, 'noteGlobalScores')
      : intent.note === 'no_sex_by_occupation'
        ? phrase(language, 'noteNoSex')
        : '';
  return join(note, ...blocks, phrase(language, 'caveat'), suggestions(language, 'group'));
}

function composeCountries(intent: Extract<Intent, { kind: 'country' }>, outcomes: readonly ToolOutcome[], language: Language): string {
  const results = outputsOf(outcomes, 'countryExposure');
  const found = results.filter((result) => result.data.kind === 'country');
  if (found.length >= 2) return composeCountryComparison(found, language);
  const result = found[0];
  if (!result)
    return join(phrase(language, 'countryNotFound', { query: String(outcomes[0]?.input.country ?? '') }), suggestions(language, 'start'));
  const data = result.data;
  const header = phrase(language, 'countryHeader', {
    name: data.name,
    income: data.incomeGroup?.name ?? phrase(language, 'noIncomeGroup'),
    region: data.region ? `, ${data.region}` : '',
  });
  if (!data.estimate) return join(header, phrase(language, 'countryNoData', { name: data.name }), suggestions(language, 'country'));
  const measure = (key: string) => data.estimate.measures.find((item: any) => item.measure === key);
  const [exposed, g4, automation] = [measure('wp140_exposed'), measure('wp140_gradient_4'), measure('wp96_automation')];
  const estimateSource = `estimate:${data.iso3}`;
  const n = result.sources.find((source) => source.id === estimateSource)?.n;
  const estimateText =
    intent.sex === 'women' || intent.sex === 'men'
      ? phrase(language, 'countryWomen', {
          women: percent(exposed.women.sharePercent),
          men: percent(exposed.men.sharePercent),
          g4w: percent(g4.women.sharePercent),
          g4m: percent(g4.men.sharePercent),
          n: n ?? '',
        })
      : phrase(language, 'countryEstimate', {
          label: data.estimate.label,
          n: n ?? '',
          share: percent(exposed.total.sharePercent),
          women: percent(exposed.women.sharePercent),
          men: percent(exposed.men.sharePercent),
          g4: percent(g4.total.sharePercent),
          g4w: percent(g4.women.sharePercent),
          g4m: percent(g4.men.sharePercent),
          auto: percent(automation.total.sharePercent),
        });
  const method = phrase(language, 'countryMethod', {
    method: methodName(data.estimate.method, language),
    mae: data.estimate.validation.meanAbsoluteErrorPp,
    max: data.estimate.validation.maxAbsoluteErrorPp,
    figures: data.estimate.validation.figures,
  });
  const clerical = (sex: string) =>
    data.employment.find((block: any) => block.sex === sex).groups.find((group: any) => group.majorGroup === '4').sharePercent;
  const clericalLine = phrase(language, 'countryClerical', {
    share: clerical('total'),
    women: clerical('women'),
    men: clerical('men'),
    n: result.sources.find((source) => source.id === `country:${data.iso3}`)?.n ?? '',
  });
  const incomeFigures = (data.incomeGroupFigures as any[]).filter((figure) => figure.metric.startsWith('employment_share'));
  return join(
    header,
    estimateText,
    method,
    clericalLine,
    incomeFigures.length > 0
      ? `${phrase(language, 'incomeGroupFigures', { income: data.incomeGroup.name })}\n${incomeFigures.map((figure) => figureLine(figure, result, language)).join('\n')}`
      : '',
    phrase(language, 'estimateCaveat'),
    suggestions(language, 'country'),
  );
}

function composeCountryComparison(results: Output[], language: Language): string {
  const first = results[0]!.data.estimate ?? results.find((result) => result.data.estimate)?.data.estimate;
  const header = `| ${phrase(language, 'columnCountry')} | ${phrase(language, 'columnIncome')} | ${phrase(language, 'columnExposed')} | ${phrase(language, 'columnG4')} | ${phrase(language, 'columnWomen')} |\n|---|---|---|---|---|`;
  const rows = results.map((result) => {
    const data = result.data;
    const measure = (key: string) => data.estimate?.measures.find((item: any) => item.measure === key);
    const cell = (value: { sharePercent: number } | undefined | null) => (value ? `${percent(value.sharePercent)}%` : '—');
    return `| ${data.name} ${cite(result, `estimate:${data.iso3}`)} | ${data.incomeGroup?.name ?? '—'} | ${cell(measure('wp140_exposed')?.total)} | ${cell(measure('wp140_gradient_4')?.total)} | ${cell(measure('wp140_exposed')?.women)} |`;
  });
  const method = first
    ? phrase(language, 'countryMethod', {
        method: methodName(first.method, language),
        mae: first.validation.meanAbsoluteErrorPp,
        max: first.validation.maxAbsoluteErrorPp,
        figures: first.validation.figures,
      })
    : '';
  return join(
    phrase(language, 'compareCountriesIntro', { label: first?.label ?? '' }),
    [header, ...rows].join('\n'),
    method,
    phrase(language, 'estimateCaveat'),
    suggestions(language, 'country'),
  );
}

function composeCountryRanking(outcomes: readonly ToolOutcome[], language: Language): string {
  const result = outputsOf(outcomes, 'rankCountries')[0]!;
  const data = result.data;
  const sexPart = data.sex === 'total' ? '' : language === 'zh-TW' ? (data.sex === 'women' ? '，女性' : '，男性') : `, ${data.sex}`;
  const intro = phrase(language, 'rankCountriesIntro', {
    label: data.label,
    count: data.items.length,
    direction: phrase(language, data.order === 'asc' ? 'lowest' : 'highest'),
    sexPart,
    within: data.incomeGroup ? phrase(language, 'withinIncome', { income: data.incomeGroup }) : '',
  });
  const header = `| # | ${phrase(language, 'columnCountry')} | ${phrase(language, 'columnIncome')} | % |\n|---|---|---|---|`;
  const rows = (data.items as any[]).map(
    (item) => `| ${item.rank} | ${item.name} | ${item.incomeGroup ?? '—'} | ${percent(item.sharePercent)}% |`,
  );
  const method = phrase(language, 'countryMethod', {
    method: methodName(data.method, language),
    mae: data.validation.meanAbsoluteErrorPp,
    max: data.validation.maxAbsoluteErrorPp,
    figures: data.validation.figures,
  });
  return join(
    `${intro} ${cite(result, 'estimate:countries')}`,
    [header, ...rows].join('\n'),
    method,
    phrase(language, 'estimateCaveat'),
    suggestions(language, 'country'),
  );
}

// A question asking what should be done is best answered by a policy card, a "how" question by a method card.
const PREFERRED_TOPIC: [RegExp, string][] = [
  [/\b(recommend|policy|policies|should|advice|what can)\b|建議|政策|應該|怎麼辦/i, 'policy'],
  [/\b(how (were|was|did|do|does)|method|methodology|measured|calculated|scored)\b|如何|怎麼|方法|計算|評分/i, 'method'],
  [/\b(caveat|limitation|reliable|job loss|lose|forecast|predict)\b|限制|失業|預測/i, 'caveat'],
];

function composeKnowledge(query: string, outcomes: readonly ToolOutcome[], language: Language): string {
  const result = outputsOf(outcomes, 'searchFindings')[0];
  const items = (result?.data.items ?? []) as { id: string; title: string; body: string; textMatch: boolean; topics: string[] }[];
  if (items.length === 0 || !items.some((item) => item.textMatch))
    return join(phrase(language, 'knowledgeNone'), suggestions(language, 'knowledge'));
  const topic = PREFERRED_TOPIC.find(([pattern]) => pattern.test(query))?.[1];
  const relevant = items.filter((item) => item.textMatch);
  const ordered = topic
    ? [...relevant.filter((item) => item.topics.includes(topic)), ...relevant.filter((item) => !item.topics.includes(topic))]
    : relevant;
  const [best, ...rest] = ordered;
  const more = rest.slice(0, 1).map((item) => `**${item.title}** ${cite(result, `finding:${item.id}`)}\n${firstSentences(item.body, 2)}`);
  return join(`**${best!.title}** ${cite(result, `finding:${best!.id}`)}\n${best!.body}`, ...more, suggestions(language, 'knowledge'));
}

function firstSentences(text: string, count: number): string {
  // A full stop ends a sentence only before a space or the end: "8.6%" is one number, not two sentences.
  const sentences = text.match(/(?:[^.。!?！？]|\.(?=\S))+(?:[。!?！？]|\.(?=\s|$))+["”」]?\s*/g) ?? [text];
  return sentences.slice(0, count).join('').trim();
}
