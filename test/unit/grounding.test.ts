import { describe, expect, it } from 'vitest';
import { checkGrounding } from '../../server/chat/grounding.ts';

const outputs = [
  {
    data: { code: '4132', wp140: { mean: 0.7, sd: 0.03 }, change: -0.14, estimate: 30.47, count: 3266, tasks: [{ score2025: 0.7625 }] },
    sources: [{ n: 1, id: 'occupation:4132' }],
  },
  { data: { items: [{ body: 'Women 4.7% vs men 2.4%; 29,753 tasks; 3.3% in gradient 4.' }] }, sources: [{ n: 2 }] },
];

describe('grounding check', () => {
  it('verifies figures copied or rounded from tool outputs', () => {
    const result = checkGrounding('Mean 0.70 (SD 0.03), top task 0.76, estimate 30.5%, 3,266 tasks, 29,753 in Poland [1][2].', outputs);
    expect(result).toMatchObject({ numbers: 6, verified: 6, unverified: [] });
  });

  it('accepts percentage and fraction forms of the same figure', () => {
    expect(checkGrounding('A share of 70% (0.033 of employment is 3.3%).', outputs)).toMatchObject({ numbers: 3, verified: 3 });
  });

  it('flags numbers that are in no tool output', () => {
    const result = checkGrounding('About 42% of jobs will vanish, and 0.91 is the mean.', outputs);
    expect(result.unverified).toEqual(['42', '0.91']);
    expect(result.verified).toBe(0);
  });

  it('does not accept a wrong rounding', () => {
    expect(checkGrounding('The estimate is 30.6%.', outputs).unverified).toEqual(['30.6']);
    expect(checkGrounding('The mean is 0.71.', outputs).unverified).toEqual(['0.71']);
  });

  it('recognises and excludes numbers that are not figures, and says why', () => {
    const answer = [
      '**Data Entry Clerks** (ISCO-08 4132) is in Gradient 4 of WP140 (gradients 1-4); GPT-4o scored it in 2025 [1][2].',
      '1. First task',
      '2. Second task',
      '| 1 | Data Entry Clerks |',
    ].join('\n');
    const result = checkGrounding(answer, outputs, 'top 10 jobs');
    expect(result.numbers).toBe(1); // the table rank "1" is a figure, matched against nothing -> still counted
    expect(result.excluded.map((item) => item.reason).sort()).toEqual(
      [
        'ISCO code',
        'citation marker',
        'citation marker',
        'gradient name',
        'gradient name',
        'gradient name',
        'list numbering',
        'list numbering',
        'year',
      ].sort(),
    );
  });

  it('excludes the count the user asked for, but not a percentage of it', () => {
    const result = checkGrounding('Here are the 10 most exposed. 10% is not in the data.', outputs, 'top 10 most exposed');
    expect(result.excluded).toContainEqual({ text: '10', reason: 'count asked for' });
    expect(result.unverified).toEqual(['10']);
  });

  it('checks a number from the question that the answer asserts, exempting it only as the count of a ranking', () => {
    const question = 'Is it true that 99% of bookkeepers, 99 of 100 clerks, lose their jobs? Show the top 5 and 3 countries.';
    const asserted = checkGrounding('Yes: 99% of bookkeepers and 99 of 100 clerks will lose their jobs.', outputs, question);
    expect(asserted.unverified).toEqual(['99', '99']);
    const ranked = checkGrounding(
      'The 5 most exposed occupations, and the 3 countries with the highest estimated share. 暴露程度最高的 5 個職業。',
      outputs,
      question,
    );
    expect(ranked.unverified).toEqual([]);
    expect(ranked.excluded.map((item) => item.reason)).toEqual(['count asked for', 'count asked for', 'count asked for']);
  });

  it('reads numbers inside Chinese text and full-width digits', () => {
    const result = checkGrounding('女性有4.7%，男性有2.4%；第4梯度占３．３％ [2]。錯誤數字12.5%。', outputs);
    expect(result.verified).toBe(3);
    expect(result.unverified).toEqual(['12.5']);
    expect(result.excluded.map((item) => item.reason)).toEqual(['gradient name', 'citation marker']);
  });

  it('treats a change of -0.14 and "fell by 0.14" as the same figure', () => {
    expect(checkGrounding('It fell by 0.14 (−0.14).', outputs)).toMatchObject({ numbers: 2, verified: 2 });
  });
});
