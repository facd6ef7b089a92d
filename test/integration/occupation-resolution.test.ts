import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/data/catalog.ts';
import type { Db } from '../../server/db/db.ts';
import type { OccupationResolver } from '../../server/retrieval/occupation-resolver.ts';
import { openTestDb } from '../support/test-app.ts';

let db: Db;
let resolver: OccupationResolver;
beforeAll(async () => {
  db = await openTestDb();
  resolver = await (await loadCatalog(db)).resolver;
});
afterAll(() => db.close());

const top = (query: string, n = 1) => resolver.resolve(query, n).map((candidate) => candidate.code);

describe('occupation resolution from everyday words', () => {
  it.each([
    ['bookkeeper', ['4311']],
    ['software developer', ['2512']],
    ['bank teller', ['4211']],
    ['truck driver', ['8332']],
    ['data entry', ['4132']],
    ['web developers', ['2513']],
    ['Translators', ['2643']],
    ['accountant', ['2411']],
    ['Uber drivers', ['8322']],
    ['home health aide', ['5322']],
    ['paralegal', ['3411']],
    ['front-end developer', ['2513']],
  ])('"%s" -> %j', (query, expected) => {
    expect(top(query)).toEqual(expected);
  });

  it('offers both readings of ambiguous names in the top two', () => {
    expect(top('call centre agent', 2).sort()).toEqual(['4222', '5244']);
    expect(top('call center agent', 2).sort()).toEqual(['4222', '5244']);
    expect(top('nurse', 2).sort()).toEqual(['2221', '3221']);
    expect(top('civil servant', 4).sort()).toEqual(['1112', '2422', '3359', '4110']);
    expect(top('公務員', 4).sort()).toEqual(['1112', '2422', '3359', '4110']);
  });

  it('says what it matched', () => {
    const [best, second] = resolver.resolve('bookkeeper', 2);
    expect(best).toMatchObject({
      code: '4311',
      title: 'Accounting and Bookkeeping Clerks',
      matchedLabel: 'bookkeeper',
      matchKind: 'alias',
      score: 1,
    });
    // ESCO's own reading stays visible as the alternative.
    expect(second).toMatchObject({ code: '3313', matchKind: 'esco_preferred' });
  });

  it.each([
    ['2513', '2513', 4],
    ['ISCO 2513', '2513', 4],
    ['isco-08 41', '41', 2],
    ['4', '4', 1],
  ])('resolves the code "%s"', (query, code, level) => {
    expect(resolver.resolve(query)).toEqual([expect.objectContaining({ code, level, matchKind: 'isco_code', score: 1 })]);
  });

  it('resolves Traditional Chinese names', () => {
    expect(top('會計')).toEqual(['2411']);
    expect(top('銀行櫃員')).toEqual(['4211']);
    expect(top('資料輸入員')[0]).toMatch(/^413/);
    expect(top('小黃司機')).toEqual(['8322']);
    expect(top('理專')).toEqual(['2412']);
  });

  it('returns nothing for unknown words or codes instead of guessing', () => {
    expect(resolver.resolve('xyzzy plugh')).toEqual([]);
    expect(resolver.resolve('9999')).toEqual([]);
  });
});
