import { describe, expect, it } from 'vitest';
import { EMBEDDING_DIMENSIONS } from '../../server/retrieval/embedder.ts';
import { fitLocalEmbedder, LocalEmbedder } from '../../server/retrieval/local-embedder.ts';
import { chineseTerms, englishTerms, searchQueryTerms, stem } from '../../server/retrieval/text-analysis.ts';

const corpus = [
  'Women are more than twice as likely as men to work in jobs exposed to automation.',
  'Clerical support workers have the highest share of highly exposed tasks.',
  'Social dialogue helps manage the transition to generative AI.',
  '女性從事自動化暴露職業的可能性是男性的兩倍以上。',
  '社會對話有助於管理生成式AI的轉型。',
];

describe('text analysis', () => {
  it('stems English words to shared roots', () => {
    expect(['bookkeeper', 'bookkeeping', 'bookkeepers'].map(stem)).toEqual(['bookkeep', 'bookkeep', 'bookkeep']);
    expect(stem('nurses')).toBe(stem('nursing'));
    expect(englishTerms('How exposed are the Clerks?')).toEqual(['expos', 'clerk']);
  });

  it('splits Chinese into character bigrams without stopword characters', () => {
    expect(chineseTerms('會計的暴露程度')).toEqual(['會計', '計暴', '暴露', '露程', '程度']);
  });

  it('builds tsquery operands that cannot break the query syntax', () => {
    const terms = searchQueryTerms("women's jobs & (automation) | ' OR 1=1; DROP TABLE x; --");
    expect(terms.english).toMatch(/^[a-z0-9 |]+$/);
    expect(terms.chinese).toBe('');
  });
});

describe('local embedder', () => {
  const embedder = new LocalEmbedder(fitLocalEmbedder(corpus));
  const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

  it('returns deterministic unit vectors of the column size', async () => {
    const [first, again] = await Promise.all([embedder.embed(['automation and women']), embedder.embed(['automation and women'])]);
    expect(first[0]).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(first[0]).toEqual(again[0]);
    expect(Math.hypot(...first[0]!)).toBeCloseTo(1, 6);
  });

  it('puts a paraphrase closer to its document than to the others', async () => {
    const [query, ...documents] = await embedder.embed(['are women more exposed to automation than men?', ...corpus]);
    const similarities = documents.map((document) => cosine(query!, document));
    expect(similarities.indexOf(Math.max(...similarities))).toBe(0);
  });

  it('matches Chinese queries to Chinese documents', async () => {
    const [query, ...documents] = await embedder.embed(['社會對話的作用', ...corpus]);
    const similarities = documents.map((document) => cosine(query!, document));
    expect(similarities.indexOf(Math.max(...similarities))).toBe(4);
  });
});
