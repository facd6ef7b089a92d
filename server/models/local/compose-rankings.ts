/** Rankings and lists: occupations (with counts and complete lists when asked), an occupation's tasks, countries. */
import type { Language } from '../../domain/language.ts';
import type { Understanding } from '../../understanding/understanding.ts';
import { join, occupationBlock, percent, rankingTable, score, taskLines, taskText } from './compose-subjects.ts';
import { phrase } from './phrases.ts';
import { cite, type OutputOf, outputsOf, type ToolOutcome } from './tool-outcomes.ts';

/** "13 occupations: …" when counted or listed; the top N otherwise. */
export function occupationRanking(
  u: Understanding,
  result: OutputOf<'rankOccupations'>,
  language: Language,
  { countOnly = false } = {},
): string {
  const { items, order, by, group, totalMatching } = result.data;
  const within = group ? phrase(language, 'within', { title: group.title }) : '';
  const studyName = phrase(language, by === 'wp96' ? 'wp96' : 'wp140');
  const studyCite = cite(result, by === 'wp96' ? 'ilo-wp96-2023' : 'ilo-wp140-2025', ...(by === 'change' ? ['ilo-wp96-2023'] : []));
  const filter = result.data.filter;
  if (u.operation === 'list' || u.limit === 500) {
    const intro = phrase(language, 'countIntro', {
      count: totalMatching,
      within,
      filter: filter?.label ?? phrase(language, 'scoredOccupations'),
    });
    const zh = language === 'zh-TW';
    const listed = items.map((item) => `${item.title} (${item.code})`).join(zh ? '、' : '; ');
    // Counted by major group when the list spans several ("14 of them clerical").
    const groups = result.data.byMajorGroup;
    const byGroup =
      !group && groups.length > 1
        ? phrase(language, 'byMajorGroup', { groups: groups.map((major) => `${major.title} ${major.count}`).join(zh ? '、' : ', ') })
        : '';
    if (countOnly) return join(`${intro.replace(/[:：]$/, zh ? '。' : '.')} ${studyCite}`, byGroup);
    return join(
      `${intro} ${studyCite}`,
      byGroup,
      `${listed}${zh ? '。' : '.'}`,
      items.length < totalMatching && phrase(language, 'listCut', { shown: items.length }),
    );
  }
  const key =
    by === 'change' ? (order === 'asc' ? 'rankIntroChangeDown' : 'rankIntroChange') : order === 'asc' ? 'rankIntroAsc' : 'rankIntroDesc';
  const intro = phrase(language, key, {
    count: items.length,
    within: `${within}${filter ? phrase(language, 'inFilter', { filter: filter.label }) : ''}`,
    study: studyName,
  });
  return join(`${intro} ${studyCite}`, rankingTable(result, language));
}

/** An occupation's most or least exposed tasks. */
export function tasksBlock(u: Understanding, outcomes: readonly ToolOutcome[], language: Language): string {
  const blocks = outputsOf(outcomes, 'getOccupation').map((result) => {
    const data = result.data;
    if (data.kind !== 'occupation') return '';
    if (!data.scored) return occupationBlock(result, language, { tasks: 0 });
    const count = u.limit === 500 ? data.tasks.length : (u.limit ?? 5);
    const title = u.order === 'asc' ? 'leastExposedTasksOf' : 'mostExposedTasksOf';
    return join(
      `${phrase(language, title, { title: data.title, code: data.code })} ${cite(result, `occupation:${data.code}`, 'ilo-wp140-2025')}`,
      taskLines(data.tasks, count, u.order).join('\n'),
    );
  });
  const compared = outputsOf(outcomes, 'compareOccupations')[0];
  if (compared)
    for (const item of compared.data.items)
      blocks.push(
        [
          `${phrase(language, 'mostExposedTasksOf', { title: item.title, code: item.code })} ${cite(compared, `occupation:${item.code}`)}`,
          ...item.topTasks.map((task, index) => `${index + 1}. ${taskText(task.text)} — ${score(task.score2025)}`),
        ].join('\n'),
      );
  return join(...blocks);
}

export function countriesRanking(result: OutputOf<'rankCountries'>, language: Language): string {
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
  const rows = data.items.map((item) => `| ${item.rank} | ${item.name} | ${item.incomeGroup ?? '—'} | ${percent(item.sharePercent)}% |`);
  const method = phrase(language, 'countryMethod', {
    method: phrase(language, data.method === 'esco_weighted' ? 'methodEscoWeighted' : 'methodUnweighted'),
    mae: data.validation.meanAbsoluteErrorPp,
    max: data.validation.maxAbsoluteErrorPp,
    figures: data.validation.figures,
  });
  return join(`${intro} ${cite(result, 'estimate:countries')}`, [header, ...rows].join('\n'), method);
}
