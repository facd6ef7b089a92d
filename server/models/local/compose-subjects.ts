/** The figures of each kind of subject, as answer blocks: an occupation, several, an ISCO group, countries, published group figures. */
import type { Language } from '../../domain/language.ts';
import { phrase } from './phrases.ts';
import { cite, type OutputOf, outputsOf, type ToolOutcome } from './tool-outcomes.ts';

// Rounded as the web's formatter rounds (Intl, half away from zero on the decimal), so an answer's text and
// the result card under it show the same 0.49 for a task scored 0.485 (toFixed would write 0.48).
const twoDecimals = new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
export const score = (value: number) => twoDecimals.format(value);
const upToOneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1, useGrouping: false });
export const percent = (value: number) => upToOneDecimal.format(value);
const wholeGrouped = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
/** Thousands of workers, whole and grouped ("5,916"). */
const thousands = (value: number) => wholeGrouped.format(value);
const signed = (value: number) => `${value >= 0 ? '+' : '−'}${score(Math.abs(value))}`;
export const join = (...blocks: (string | false | null | undefined)[]) => blocks.filter(Boolean).join('\n\n');
/** A task statement inside a sentence or list: without its closing punctuation. */
export const taskText = (text: string) => text.replace(/[;.]\s*$/, '');

type Occupation = Extract<OutputOf<'getOccupation'>['data'], { kind: 'occupation' }>;

export function taskLines(tasks: Occupation['tasks'], count: number, order: 'desc' | 'asc' = 'desc') {
  const sorted = order === 'asc' ? [...tasks].sort((a, b) => a.score2025 - b.score2025 || a.taskNo - b.taskNo) : tasks;
  return sorted
    .filter((task) => task.text)
    .slice(0, count)
    .map((task, index) => {
      const before = task.score2023 === null ? '' : ` (${score(task.score2023)})`;
      return `${index + 1}. ${taskText(task.text)} — ${score(task.score2025)}${before}`;
    });
}

/** One unit group: both studies, the change, and its most (or least) exposed tasks. */
export function occupationBlock(
  result: OutputOf<'getOccupation'>,
  language: Language,
  options: { tasks: number; order?: 'desc' | 'asc'; study?: 'wp96' | 'wp140' | null; focus?: 'change' },
): string {
  const data = result.data;
  if (data.kind !== 'occupation') return '';
  const source = `occupation:${data.code}`;
  const header =
    language === 'zh-TW'
      ? `**${data.title}**（ISCO-08 ${data.code}）${data.hierarchy[0] ? `・${data.hierarchy[0].title}` : ''}`
      : `**${data.title}** (ISCO-08 ${data.code})${data.hierarchy[0] ? ` · ${data.hierarchy[0].title}` : ''}`;
  if (!data.scored || !data.wp140 || !data.wp96) return join(header, `${phrase(language, 'unscored')} ${cite(result, source)}`);
  const wp140Line =
    `- **${phrase(language, 'wp140')}:** ${phrase(language, 'meanScore')} ${score(data.wp140.mean)} ` +
    `(${phrase(language, 'sd')} ${score(data.wp140.sd)}), ${data.wp140.label} ${cite(result, source, 'ilo-wp140-2025')}`;
  const wp96Line =
    `- **${phrase(language, 'wp96')}:** ${phrase(language, 'meanScore')} ${score(data.wp96.mean)} ` +
    `(${phrase(language, 'sd')} ${score(data.wp96.sd)}), ${data.wp96.label} ${cite(result, source, 'ilo-wp96-2023')}`;
  const change =
    data.change === 0 || data.change === null
      ? phrase(language, 'changeNone', { to: score(data.wp140.mean) })
      : phrase(language, data.change > 0 ? 'changeUp' : 'changeDown', {
          value: score(Math.abs(data.change)),
          from: score(data.wp96.mean),
          to: score(data.wp140.mean),
        });
  const tasks = taskLines(data.tasks, options.tasks, options.order);
  const tasksTitle = options.order === 'asc' ? 'leastExposedTasks' : options.tasks >= data.tasks.length ? 'allTasks' : 'mostExposedTasks';
  return join(
    header,
    (options.study === 'wp96' ? [wp96Line, wp140Line] : [wp140Line, wp96Line]).join('\n'),
    `${change}${options.focus === 'change' ? ` ${phrase(language, 'changeWhy')}` : ''} ${cite(result, source)}`,
    tasks.length > 0 && `${phrase(language, tasksTitle)} ${cite(result, source)}\n${tasks.join('\n')}`,
  );
}

/** Several unit groups side by side, with each one's most exposed task. */
export function comparisonBlock(result: OutputOf<'compareOccupations'>, language: Language): string {
  const items = result.data.items;
  const header =
    `| ${phrase(language, 'columnOccupation')} | ${phrase(language, 'wp96')} | ${phrase(language, 'wp140')} ` +
    `| ${phrase(language, 'columnChange')} |\n|---|---|---|---|`;
  const rows = items.map((item) =>
    item.wp96 && item.wp140
      ? `| ${item.title} (ISCO-08 ${item.code}) ${cite(result, `occupation:${item.code}`)} | ${score(item.wp96.mean)} ` +
        `· ${item.wp96.label} | ${score(item.wp140.mean)} · ${item.wp140.label} | ${item.change === null ? '—' : signed(item.change)} ` +
        `|`
      : `| ${item.title} (ISCO-08 ${item.code}) ${cite(result, `occupation:${item.code}`)} | — | — | — |`,
  );
  const tasks = items
    .filter((item) => item.topTasks[0]?.text)
    .map((item) => {
      const task = item.topTasks[0]!;
      const line = phrase(language, 'topTaskOf', { title: item.title, task: taskText(task.text), score: score(task.score2025) });
      return `- ${line} ${cite(result, `occupation:${item.code}`)}`;
    });
  return join(
    `${phrase(language, 'compareIntro')} ${cite(result, 'ilo-wp96-2023', 'ilo-wp140-2025')}`,
    [header, ...rows].join('\n'),
    tasks.join('\n'),
  );
}

/** A 1-3 digit ISCO group: how its unit groups spread, and its most exposed members. */
export function groupBlock(
  result: OutputOf<'getOccupation'>,
  ranking: OutputOf<'rankOccupations'> | undefined,
  language: Language,
): string {
  const data = result.data;
  if (data.kind !== 'group') return '';
  const counts = (distribution: Record<string, number>) =>
    Object.entries(distribution)
      .filter(([, count]) => count > 0)
      .map(([key, count]) => `${key.replace(/_/g, ' ')}: ${count}`)
      .join(', ');
  const intro = phrase(language, 'groupDistribution', {
    title: data.title,
    code: data.code,
    units: data.unitGroups,
    scored: data.scoredUnitGroups,
  });
  return join(
    `${intro} ${cite(result, result.sources[0]?.id ?? '')}`,
    `- ${phrase(language, 'wp140')}: ${counts(data.distribution.wp140)}\n- ${phrase(language, 'wp96')}: ${counts(data.distribution.wp96)}`,
    ranking && ranking.data.items.length > 0 && rankingTable(ranking, language),
  );
}

export function rankingTable(result: OutputOf<'rankOccupations'>, language: Language): string {
  const { items, by } = result.data;
  if (by === 'change') {
    // A change is read with its two ends: both means, then the difference.
    const header =
      `| # | ${phrase(language, 'columnOccupation')} | ${phrase(language, 'wp96')} | ${phrase(language, 'wp140')} ` +
      `| ${phrase(language, 'columnChange')} |\n|---|---|---|---|---|`;
    const rows = items.map(
      (item) =>
        `| ${item.rank} | ${item.title} (ISCO-08 ${item.code}) ${cite(result, `occupation:${item.code}`)} ` +
        `| ${item.wp96 ? score(item.wp96.mean) : '—'} | ${item.wp140 ? score(item.wp140.mean) : '—'} ` +
        `| ${item.change === null ? '—' : signed(item.change)} |`,
    );
    return [header, ...rows].join('\n');
  }
  const scoreOf = (item: (typeof items)[number]) => (by === 'wp96' ? item.wp96 : item.wp140);
  const header =
    `| # | ${phrase(language, 'columnOccupation')} | ${phrase(language, 'columnMean')} | ${phrase(language, 'columnLevel')} ` +
    `|\n|---|---|---|---|`;
  const rows = items.map(
    (item) =>
      `| ${item.rank} | ${item.title} (ISCO-08 ${item.code}) ${cite(result, `occupation:${item.code}`)} ` +
      `| ${score(scoreOf(item)?.mean ?? 0)} | ${scoreOf(item)?.label ?? '—'} |`,
  );
  return [header, ...rows].join('\n');
}

const methodName = (method: string, language: Language) =>
  phrase(language, method === 'esco_weighted' ? 'methodEscoWeighted' : 'methodUnweighted');

type Figure = OutputOf<'groupExposure'>['data']['figures'][number];
const classNote = (sourceClass: Figure['sourceClass'], language: Language) =>
  sourceClass === 'primary' ? '' : ` (${phrase(language, sourceClass)})`;

export function figureValue(figure: Figure, language: Language): string {
  if (figure.unit === 'percent') return `${figure.valueText}${figure.valueHigh !== null ? `-${figure.valueHigh}` : ''}%`;
  if (figure.unit === 'times_lower_bound') return language === 'zh-TW' ? '兩倍以上' : 'more than twice';
  return figure.valueText;
}

function figureLine(figure: Figure, result: { sources: OutputOf<'groupExposure'>['sources'] }, language: Language): string {
  return (
    `- ${figure.label}: **${figureValue(figure, language)}**${classNote(figure.sourceClass, language)} ` +
    `${cite(result, `figure:${figure.id}`)}`
  );
}

/** Published figures for an income group, region or the world (and the project's estimate where the ILO published none). */
export function populationBlock(
  result: OutputOf<'groupExposure'>,
  sex: 'any' | 'women' | 'men' | 'both',
  study: 'wp96' | 'wp140' | null,
  language: Language,
): string {
  const { figures, populationName, estimate } = result.data;
  const ofStudy =
    study === 'wp96'
      ? figures.filter((figure) => figure.study === 'wp96')
      : study === 'wp140'
        ? figures.filter((figure) => figure.study !== 'wp96')
        : figures;
  const bySex = sex === 'any' ? ofStudy : ofStudy.filter((figure) => figure.sex !== 'total');
  const shown = bySex.length > 0 ? bySex : ofStudy.length > 0 ? ofStudy : figures;
  const exposed = estimate?.measures.find((measure) => measure.measure === 'wp140_exposed');
  const estimateLine =
    estimate &&
    exposed?.total &&
    (figures.filter((figure) => figure.study !== 'wp96').length === 0 || (sex !== 'any' && bySex.length === 0))
      ? phrase(language, 'estimateFor', {
          label: estimate.label,
          share: percent(exposed.total.sharePercent),
          population: populationName,
          sexPart:
            exposed.women && exposed.men
              ? phrase(language, 'sexPartWomenMen', { women: percent(exposed.women.sharePercent), men: percent(exposed.men.sharePercent) })
              : '',
          mae: estimate.validation.meanAbsoluteErrorPp,
          cite: cite(result, `estimate:${result.data.population}`),
        })
      : '';
  return join(
    shown.length > 0
      ? [
          phrase(language, 'figuresFor', { population: populationName }),
          ...shown.map((figure) => figureLine(figure, result, language)),
        ].join('\n')
      : phrase(language, 'noFigures', { population: populationName, filter: '' }),
    sex !== 'any' &&
      bySex.length === 0 &&
      figures.length > 0 &&
      phrase(language, 'noFigures', { population: populationName, filter: phrase(language, 'forWomenMen') }),
    estimateLine,
  );
}

type CountryData = Extract<OutputOf<'countryExposure'>['data'], { kind: 'country' }>;
export type CountryResult = OutputOf<'countryExposure'> & { data: CountryData };

export const countryResults = (outcomes: readonly ToolOutcome[]) =>
  outputsOf(outcomes, 'countryExposure').filter((result): result is CountryResult => result.data.kind === 'country');

export const measureOf = (data: CountryData, key: string) => data.estimate?.measures.find((item) => item.measure === key);

function countryMethod(data: CountryData, language: Language): string {
  if (!data.estimate) return '';
  return phrase(language, 'countryMethod', {
    method: methodName(data.estimate.method, language),
    mae: data.estimate.validation.meanAbsoluteErrorPp,
    max: data.estimate.validation.maxAbsoluteErrorPp,
    figures: data.estimate.validation.figures,
  });
}

/** One country: this project's estimate (labelled, with its error), its clerical share and its income group's published figures. */
export function countryBlock(result: CountryResult, sex: 'any' | 'women' | 'men' | 'both', language: Language): string {
  const data = result.data;
  const header = phrase(language, 'countryHeader', {
    name: data.name,
    income: data.incomeGroup?.name ?? phrase(language, 'noIncomeGroup'),
    region: data.regionName ? `${language === 'zh-TW' ? '，' : ', '}${data.regionName}` : '',
  });
  const [exposed, g4, automation, augmentation] = [
    measureOf(data, 'wp140_exposed'),
    measureOf(data, 'wp140_gradient_4'),
    measureOf(data, 'wp96_automation'),
    measureOf(data, 'wp96_augmentation'),
  ];
  if (!data.estimate || !exposed?.total || !g4?.total) return join(header, phrase(language, 'countryNoData', { name: data.name }));
  const n = result.sources.find((source) => source.id === `estimate:${data.iso3}`)?.n ?? '';
  const values = {
    label: data.estimate.label,
    n,
    share: percent(exposed.total.sharePercent),
    women: percent(exposed.women?.sharePercent ?? 0),
    men: percent(exposed.men?.sharePercent ?? 0),
    g4: percent(g4.total.sharePercent),
    g4w: percent(g4.women?.sharePercent ?? 0),
    g4m: percent(g4.men?.sharePercent ?? 0),
    auto: percent(automation?.total?.sharePercent ?? 0),
    aug: percent(augmentation?.total?.sharePercent ?? 0),
  };
  const clerical = (which: string) =>
    data.employment?.find((block) => block.sex === which)?.groups.find((group) => group.majorGroup === '4')?.sharePercent;
  const incomeFigures = data.incomeGroupFigures.filter((figure) => figure.metric.startsWith('employment_share'));
  return join(
    header,
    phrase(language, 'countryEstimate', values),
    phrase(language, 'countryExposedWorkers', { thousands: thousands(exposed.total.exposedThousands), n }),
    sex !== 'any' && phrase(language, 'countryWomen', values),
    data.figures.length > 0 &&
      [phrase(language, 'countryFigures', { name: data.name }), ...data.figures.map((figure) => figureLine(figure, result, language))].join(
        '\n',
      ),
    countryMethod(data, language),
    clerical('total') !== undefined &&
      phrase(language, 'countryClerical', {
        share: clerical('total') ?? '',
        women: clerical('women') ?? '',
        men: clerical('men') ?? '',
        n: result.sources.find((source) => source.id === `country:${data.iso3}`)?.n ?? '',
      }),
    incomeFigures.length > 0 &&
      [
        phrase(language, 'incomeGroupFigures', { income: data.incomeGroup?.name ?? '' }),
        ...incomeFigures.map((figure) => figureLine(figure, result, language)),
      ].join('\n'),
  );
}

/** Several countries side by side; with women and men when the question asks about sex. */
export function countriesTable(results: CountryResult[], language: Language, order: 'desc' | 'asc' | null): string {
  const sorted = order
    ? [...results].sort(
        (a, b) =>
          (measureOf(b.data, 'wp140_exposed')?.total?.sharePercent ?? 0) - (measureOf(a.data, 'wp140_exposed')?.total?.sharePercent ?? 0),
      )
    : results;
  const first = results.find((result) => result.data.estimate)?.data;
  const header =
    `| ${phrase(language, 'columnCountry')} | ${phrase(language, 'columnIncome')} | ${phrase(language, 'columnExposed')} ` +
    `| ${phrase(language, 'columnG4')} | ${phrase(language, 'columnWomen')} | ${phrase(language, 'columnMen')} ` +
    `|\n|---|---|---|---|---|---|`;
  const cell = (value: { sharePercent: number } | null | undefined) => (value ? `${percent(value.sharePercent)}%` : '—');
  const rows = sorted.map((result) => {
    const data = result.data;
    const exposed = measureOf(data, 'wp140_exposed');
    return (
      `| ${data.name} ${cite(result, `estimate:${data.iso3}`)} | ${data.incomeGroup?.name ?? '—'} ` +
      `| ${cell(exposed?.total)} | ${cell(measureOf(data, 'wp140_gradient_4')?.total)} | ${cell(exposed?.women)} ` +
      `| ${cell(exposed?.men)} |`
    );
  });
  return join(
    phrase(language, 'compareCountriesIntro', { label: first?.estimate?.label ?? '' }),
    [header, ...rows].join('\n'),
    first && countryMethod(first, language),
  );
}
