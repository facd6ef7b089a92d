/**
 * The CI gate on the questions written blind: the test half (never looked at while tuning) must keep the
 * share of questions answered fully right (right subjects, every expected figure, verified and cited,
 * refusals without figures, claims with the right verdict) at or above BLIND_GATE.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_GATE, blindMarkdown, loadBlind, runBlind, statesFigure, summariseBlind } from '../../evals/run-blind.ts';
import { openIngestedPglite } from '../support/test-app.ts';

describe('blind questions', () => {
  it('has at least 300 questions in two halves, a third or more in Traditional Chinese, with follow-ups', () => {
    const all = [...loadBlind('dev'), ...loadBlind('test')];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(new Set(all.map((testCase) => testCase.id)).size).toBe(all.length);
    expect(all.filter((testCase) => testCase.language === 'zh-TW').length / all.length).toBeGreaterThan(1 / 3);
    expect(all.filter((testCase) => (testCase.history ?? []).length > 0).length).toBeGreaterThan(30);
    // Paraphrase groups never straddle the halves.
    const devGroups = new Set(loadBlind('dev').map((testCase) => testCase.group));
    expect(loadBlind('test').filter((testCase) => devGroups.has(testCase.group))).toEqual([]);
  });

  it('matches figures at the precision either side states', () => {
    expect(statesFigure('about 32.5% of employment', '32.54%')).toBe(true);
    expect(statesFigure('mean task score 0.58', '0.58')).toBe(true);
    expect(statesFigure('mean task score 0.57', '0.58')).toBe(false);
    expect(statesFigure('13 occupations', '13')).toBe(true);
    expect(statesFigure('130 occupations', '13')).toBe(false);
  });

  it('answers the test half at or above the gate (the report is printed)', async () => {
    const results = await runBlind(['test'], openIngestedPglite);
    console.log(`\n${blindMarkdown(results)}\n`);
    expect(summariseBlind(results).test!.correct).toBeGreaterThanOrEqual(BLIND_GATE);
  }, 300_000);
});
