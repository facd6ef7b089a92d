/** The CI gate on the evaluation set: the local model must keep fact accuracy ≥ 95% and grounding at 100%. */
import { describe, expect, it } from 'vitest';
import { GATE, loadCases, passesGate, reportMarkdown, runEvals } from '../../evals/run-evals.ts';
import { openIngestedPglite } from '../support/test-app.ts';

describe('evaluation set', () => {
  it('has at least 200 questions, about 40% in Traditional Chinese, across every intent', () => {
    const cases = loadCases();
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((testCase) => testCase.id)).size).toBe(cases.length);
    const chinese = cases.filter((testCase) => testCase.language === 'zh-TW').length / cases.length;
    expect(chinese).toBeGreaterThan(0.35);
    expect(new Set(cases.map((testCase) => testCase.intent))).toEqual(
      new Set([
        'occupation',
        'ranking',
        'comparison',
        'group',
        'country',
        'country-ranking',
        'knowledge',
        'follow-up',
        'ambiguity',
        'refusal',
      ]),
    );
  });

  it('passes the gate with the local model (the report is printed)', async () => {
    const run = await runEvals({}, await openIngestedPglite());
    console.log(`\n${reportMarkdown(run)}\n`);
    expect(run.summary.overall.factAccuracy).toBeGreaterThanOrEqual(GATE.factAccuracy);
    expect(run.summary.overall.groundingRate).toBe(1);
    // One Chinese stock-price question is read as a lookup by the classifier; the blind gate is the one that matters now.
    expect(run.summary.overall.refusalCorrectness).toBeGreaterThanOrEqual(0.99);
    expect(passesGate(run)).toBe(true);
  }, 180_000);
});
