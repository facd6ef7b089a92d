/**
 * Stage 2 of the local model: which tool calls answer the intent, given the results so far. Returns the
 * next calls, or null when everything needed is in hand and the answer can be composed.
 */
import type { Language } from '../../domain/language.ts';
import type { ToolOutcome } from './prompt-reader.ts';
import type { Intent } from './understand.ts';

export interface PlannedCall {
  toolName: string;
  input: Record<string, unknown>;
}

/** Below this resolver score a name is not taken to be that occupation. */
export const MATCH_THRESHOLD = 0.6;

const called = (outcomes: readonly ToolOutcome[], toolName: string) => outcomes.filter((outcome) => outcome.toolName === toolName);

export function bestCandidate(outcome: ToolOutcome | undefined): { code: string; score: number } | null {
  const best = outcome?.output?.data?.candidates?.[0];
  return best && best.score >= MATCH_THRESHOLD ? best : null;
}

export function plan(intent: Intent, outcomes: readonly ToolOutcome[], language: Language): PlannedCall[] | null {
  switch (intent.kind) {
    case 'occupation': {
      if (called(outcomes, 'getOccupation').length > 0) return null;
      if (/^\d{1,4}$/.test(intent.phrase)) return [{ toolName: 'getOccupation', input: { code: intent.phrase, language } }];
      const resolved = called(outcomes, 'resolveOccupation');
      if (resolved.length === 0) return [{ toolName: 'resolveOccupation', input: { query: intent.phrase, limit: 5 } }];
      const best = bestCandidate(resolved[0]);
      return best ? [{ toolName: 'getOccupation', input: { code: best.code, language } }] : null;
    }
    case 'compare_occupations': {
      if (called(outcomes, 'compareOccupations').length > 0) return null;
      const resolved = called(outcomes, 'resolveOccupation');
      if (resolved.length === 0)
        return intent.phrases.map((phrase) => ({ toolName: 'resolveOccupation', input: { query: phrase, limit: 3 } }));
      const codes = [
        ...new Set(
          resolved
            .map(bestCandidate)
            .filter((best) => best && String(best.code).length === 4)
            .map((best) => best!.code),
        ),
      ];
      return codes.length >= 2 ? [{ toolName: 'compareOccupations', input: { codes, language } }] : null;
    }
    case 'rank_occupations':
      if (called(outcomes, 'rankOccupations').length > 0) return null;
      return [
        {
          toolName: 'rankOccupations',
          input: { by: intent.by, order: intent.order, limit: intent.limit, ...(intent.group ? { group: intent.group } : {}), language },
        },
      ];
    case 'group':
      if (called(outcomes, 'groupExposure').length > 0) return null;
      // Both sexes are fetched even when one is asked about: the answer compares them.
      return intent.populations
        .slice(0, 4)
        .map((population) => ({ toolName: 'groupExposure', input: { population, sex: 'any', study: intent.study, language } }));
    case 'country':
      if (called(outcomes, 'countryExposure').length > 0) return null;
      return intent.countries.slice(0, 4).map((country) => ({ toolName: 'countryExposure', input: { country, language } }));
    case 'rank_countries':
      if (called(outcomes, 'rankCountries').length > 0) return null;
      return [
        {
          toolName: 'rankCountries',
          input: {
            order: intent.order,
            limit: intent.limit,
            sex: intent.sex,
            ...(intent.incomeGroup ? { incomeGroup: intent.incomeGroup } : {}),
            language,
          },
        },
      ];
    case 'knowledge':
      if (called(outcomes, 'searchFindings').length > 0) return null;
      return [{ toolName: 'searchFindings', input: { query: intent.query, language, limit: 5 } }];
    default:
      return null;
  }
}
