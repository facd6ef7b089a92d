/**
 * Stage 3 of the local model: the answer, written only from this turn's tool results, composed per
 * operation from the blocks of each subject kind. Every figure is copied (or rounded) from a result and
 * followed by the [n] of its source, so the grounding check passes by construction.
 */
import type { Language } from '../../domain/language.ts';
import type { Subject, Understanding } from '../../understanding/understanding.ts';
import { claimBlock } from './compose-claims.ts';
import { definitionsBlock, findingsBlock } from './compose-findings.ts';
import { countriesRanking, occupationRanking, tasksBlock } from './compose-rankings.ts';
import { sectorBlock, sectorOccupationsBlock, sectorRankingBlock } from './compose-sectors.ts';
import {
  comparisonBlock,
  countriesTable,
  countryBlock,
  countryResults,
  groupBlock,
  join,
  occupationBlock,
  populationBlock,
} from './compose-subjects.ts';
import { taskMatchesBlock } from './compose-tasks.ts';
import { phrase } from './phrases.ts';
import { rankTarget } from './plan.ts';
import { outputsOf, type ToolOutcome } from './tool-outcomes.ts';

const sexOf = (understanding: Understanding): 'any' | 'women' | 'men' | 'both' => {
  const sexes = understanding.subjects.filter((subject) => subject.kind === 'sex').map((subject) => subject.id);
  return sexes.length === 0 ? 'any' : sexes.length > 1 || sexes[0] === 'both' ? 'both' : (sexes[0] as 'women' | 'men');
};

/** The figures of every subject the question names, in the order the subject kinds matter. */
function subjectBlocks(
  u: Understanding,
  outcomes: readonly ToolOutcome[],
  language: Language,
  options: { tasks: number; focus?: 'change' },
): string {
  const blocks: string[] = outputsOf(outcomes, 'sectorExposure').map((result) => sectorBlock(result, language));
  const compared = outputsOf(outcomes, 'compareOccupations')[0];
  if (compared) blocks.push(comparisonBlock(compared, language));
  const rankings = outputsOf(outcomes, 'rankOccupations');
  for (const result of outputsOf(outcomes, 'getOccupation')) {
    if (result.data.kind === 'occupation')
      blocks.push(
        occupationBlock(result, language, {
          ...options,
          order: u.order === 'asc' && u.measure === 'tasks' ? 'asc' : 'desc',
          study: u.study,
        }),
      );
    else if (result.data.kind === 'group') {
      const code = result.data.code;
      blocks.push(
        groupBlock(
          result,
          rankings.find((ranking) => ranking.data.group?.code === code),
          language,
        ),
      );
    }
  }
  const countries = countryResults(outcomes);
  if (countries.length >= 2) blocks.push(countriesTable(countries, language, null));
  else if (countries[0]) blocks.push(countryBlock(countries[0], sexOf(u), language));
  for (const result of outputsOf(outcomes, 'groupExposure')) blocks.push(populationBlock(result, sexOf(u), u.study, language));
  const notFound = outputsOf(outcomes, 'countryExposure').filter((result) => result.data.kind === 'not_found');
  if (notFound.length > 0 && countries.length === 0)
    blocks.push(
      phrase(language, 'countryNotFound', {
        query: String(outcomes.find((outcome) => outcome.toolName === 'countryExposure')?.input.country ?? ''),
      }),
    );
  if (u.subjects.some((subject) => subject.kind === 'occupation') && u.subjects.some((subject) => subject.kind === 'country'))
    blocks.push(phrase(language, 'noteGlobalScores'));
  if (u.subjects.some((subject) => subject.kind === 'occupation') && sexOf(u) !== 'any')
    blocks.push(phrase(language, 'noteNoSexByOccupation'));
  return join(...blocks);
}

const label = (subject: Subject) => subject.label;

export function compose(u: Understanding, outcomes: readonly ToolOutcome[], question: string, language: Language): string {
  // A sector estimate carries its own "not a forecast of job loss" caveat: the answer says it once.
  const sectorSaysIt = [
    ...outputsOf(outcomes, 'sectorExposure'),
    ...outputsOf(outcomes, 'rankSectors'),
    ...outputsOf(outcomes, 'rankSectorOccupations'),
  ].some((result) => 'caveats' in result.data && result.data.caveats.some((item) => item.code === 'not_job_loss'));
  const caveat = sectorSaysIt ? '' : phrase(language, 'caveat');
  if (u.manipulation) return phrase(language, 'refusalManipulation');
  if (u.operation === 'help') return phrase(language, 'help');
  if (u.missingData) {
    const about = u.subjects
      .filter((subject) => subject.kind !== 'sex')
      .map(label)
      .join(language === 'zh-TW' ? '、' : ', ');
    return join(
      phrase(language, 'notInData', { what: phrase(language, `missing_${u.missingData}` as 'missing_wages') }),
      phrase(language, about ? 'canAnswerAbout' : 'canAnswer', { about }),
    );
  }
  if (u.operation === 'out_of_scope') return phrase(language, 'refusalOutOfScope');
  if (u.clarify?.reason === 'low_confidence' && !u.subjects.some((subject) => subject.kind === 'occupation') && outcomes.length === 0)
    return phrase(language, 'clarifyDoubt', {
      text: u.clarify.fromText,
      options: u.clarify.options.map((option) => `${option.label} (ISCO-08 ${option.id})`).join(language === 'zh-TW' ? '、' : ', '),
    });
  const ambiguity =
    u.clarify?.reason === 'ambiguous'
      ? phrase(language, 'clarifyAmbiguous', {
          text: u.clarify.fromText,
          options: u.clarify.options.map((option) => `${option.label} (ISCO-08 ${option.id})`).join(language === 'zh-TW' ? '、' : ', '),
        })
      : '';

  switch (u.operation) {
    case 'rank':
    case 'list': {
      const target = rankTarget(u, question);
      if (target === 'tasks') return join(ambiguity, tasksBlock(u, outcomes, language), caveat);
      const sectorRankings = [
        ...outputsOf(outcomes, 'rankSectorOccupations').map((result) => sectorOccupationsBlock(result, language)),
        ...outputsOf(outcomes, 'rankSectors').map((result) => sectorRankingBlock(result, language)),
      ];
      if (sectorRankings.length > 0) return join(...sectorRankings, caveat);
      const countries = countryResults(outcomes);
      if (countries.length >= 2) return join(countriesTable(countries, language, u.order), phrase(language, 'estimateCaveat'));
      const rankedCountries = outputsOf(outcomes, 'rankCountries')[0];
      if (rankedCountries) return join(countriesRanking(rankedCountries, language), phrase(language, 'estimateCaveat'));
      const [ranking, whole] = outputsOf(outcomes, 'rankOccupations');
      if (ranking)
        return join(occupationRanking(u, ranking, language), whole && occupationRanking(u, whole, language, { countOnly: true }), caveat);
      return join(ambiguity, subjectBlocks(u, outcomes, language, { tasks: 3 }), caveat);
    }
    case 'change': {
      const ranking = outputsOf(outcomes, 'rankOccupations')[0];
      if (ranking && !u.subjects.some((subject) => subject.kind === 'occupation'))
        return join(occupationRanking(u, ranking, language), phrase(language, 'changeWhy'));
      return join(ambiguity, subjectBlocks(u, outcomes, language, { tasks: 3, focus: 'change' }), caveat);
    }
    case 'find_tasks': {
      const matches = outputsOf(outcomes, 'searchTasks')[0];
      if (!matches) return phrase(language, 'taskQueryMissing');
      return join(taskMatchesBlock(matches, language), caveat);
    }
    case 'verify':
      return join(claimBlock(u, outcomes, question, language), subjectBlocks(u, outcomes, language, { tasks: 1 }), caveat);
    case 'outlook':
      return join(
        ambiguity,
        phrase(language, 'outlookIntro'),
        subjectBlocks(u, outcomes, language, { tasks: 3 }),
        findingsBlock(outcomes, language, 1),
      );
    case 'explain': {
      const definitions = definitionsBlock(outcomes);
      const figures = subjectBlocks(u, outcomes, language, { tasks: 5 });
      return join(ambiguity, definitions, figures, findingsBlock(outcomes, language, definitions ? 1 : 2));
    }
    case 'advise':
      return join(ambiguity, findingsBlock(outcomes, language, 2), subjectBlocks(u, outcomes, language, { tasks: 3 }));
    default: {
      // "and its tasks?" lists them all; otherwise the three most exposed.
      const figures = subjectBlocks(u, outcomes, language, { tasks: u.measure === 'tasks' ? 500 : 3 });
      const definitions = definitionsBlock(outcomes);
      if (!figures && !definitions && u.unused.length > 0)
        return phrase(language, 'nothingRecognised', { words: u.unused.join(language === 'zh-TW' ? '、' : ', ') });
      if (!figures && !definitions) return phrase(language, 'knowledgeNone');
      const estimates = countryResults(outcomes).length > 0;
      return join(
        ambiguity,
        figures,
        definitions,
        findingsBlock(outcomes, language, 1),
        estimates ? phrase(language, 'estimateCaveat') : caveat,
      );
    }
  }
}
