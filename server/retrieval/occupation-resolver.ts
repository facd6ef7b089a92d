/**
 * Everyday job names (English or Traditional Chinese) or ISCO codes -> ranked ISCO-08 unit groups.
 * The index holds ISCO titles, ~32,000 ESCO labels and Chinese titles and aliases; it is built in
 * memory once per dataset version, since the labels only change at ingest.
 */
import type { Queryable } from '../db/db.ts';
import { englishTerms, hasHan, normalise } from './text-analysis.ts';

export interface ResolvedOccupation {
  code: string;
  level: number;
  title: string;
  titleZhTw: string | null;
  scored: boolean;
  /** The label that matched, so an answer can say what it understood. */
  matchedLabel: string;
  matchKind: 'isco_code' | 'isco_title' | 'esco_preferred' | 'esco_alternative' | 'alias';
  /** 0-1; 1 is an exact match of a code or a whole label. */
  score: number;
}

interface LabelEntry {
  code: string;
  label: string;
  kind: Exclude<ResolvedOccupation['matchKind'], 'isco_code'>;
  language: 'en' | 'zh-TW';
  terms: string[];
  normalised: string;
}

interface GroupEntry {
  code: string;
  level: number;
  title: string;
  titleZhTw: string | null;
  scored: boolean;
}

// Official titles slightly outrank ESCO's preferred names, which outrank its long tail of alternatives.
const KIND_WEIGHT: Record<LabelEntry['kind'], number> = { isco_title: 1, alias: 1, esco_preferred: 0.97, esco_alternative: 0.93 };
/** The derived_indexes row holding every label as [code, label, kind, language], built at ingest. */
export const OCCUPATION_LABELS_INDEX = 'occupation-labels';
const CODE_PATTERN = /^\s*(?:isco(?:-?08)?\s*(?:code)?\s*)?(\d{1,4})\s*$/i;

export class OccupationResolver {
  private readonly termIdf = new Map<string, number>();
  private readonly postings = new Map<string, LabelEntry[]>();
  private readonly chineseLabels: LabelEntry[];
  private readonly labelCount: number;

  constructor(
    private readonly groups: ReadonlyMap<string, GroupEntry>,
    labels: readonly LabelEntry[],
  ) {
    const english = labels.filter((label) => label.language === 'en');
    this.labelCount = english.length;
    for (const label of english)
      for (const term of label.terms) (this.postings.get(term) ?? this.postings.set(term, []).get(term)!).push(label);
    for (const [term, entries] of this.postings) this.termIdf.set(term, Math.log(1 + english.length / entries.length));
    this.chineseLabels = labels.filter((label) => label.language === 'zh-TW');
  }

  static async load(db: Queryable): Promise<OccupationResolver> {
    const groups = await db.query<{ code: string; level: number; title_en: string; title_zh_tw: string | null; scored: boolean | null }>(
      'SELECT g.code, g.level, g.title_en, g.title_zh_tw, o.scored FROM isco_groups g LEFT JOIN occupations o ON o.code = g.code',
    );
    const [index] = await db.query<{ data: string }>('SELECT data FROM derived_indexes WHERE name = $1', [OCCUPATION_LABELS_INDEX]);
    const labels = JSON.parse(index?.data ?? '[]') as [string, string, LabelEntry['kind'], LabelEntry['language']][];
    return new OccupationResolver(
      new Map(
        groups.map((group) => [
          group.code,
          { code: group.code, level: group.level, title: group.title_en, titleZhTw: group.title_zh_tw, scored: group.scored ?? false },
        ]),
      ),
      labels.map(([code, label, kind, language]) => ({
        code,
        label,
        kind,
        language,
        terms: language === 'en' ? [...new Set(englishTerms(label))] : [],
        // Compared as the question is: Han characters, Latin letters and digits only (地面、牆面 = 地面牆面).
        normalised: language === 'en' ? '' : normalise(label).replace(/[^\p{Script=Han}a-z0-9]+/gu, ''),
      })),
    );
  }

  /** Results by query; the index never changes, so answers can be reused until the cache is full. */
  private readonly cache = new Map<string, ResolvedOccupation[]>();

  resolve(query: string, limit = 5): ResolvedOccupation[] {
    const key = `${limit}|${query}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const result = this.rank(query, limit);
    if (this.cache.size < 5_000) this.cache.set(key, result);
    return result;
  }

  private rank(query: string, limit: number): ResolvedOccupation[] {
    const code = CODE_PATTERN.exec(query)?.[1];
    if (code) {
      const group = this.groups.get(code);
      return group ? [{ ...group, matchedLabel: code, matchKind: 'isco_code', score: 1 }] : [];
    }
    const scores = new Map<string, { score: number; label: LabelEntry }>();
    const offer = (label: LabelEntry, score: number) => {
      const best = scores.get(label.code);
      if (!best || score > best.score) scores.set(label.code, { score, label });
    };
    if (hasHan(query)) this.scoreChinese(query, offer);
    this.scoreEnglish(query, offer);
    return [...scores.entries()]
      .sort(
        ([codeA, a], [codeB, b]) =>
          b.score - a.score ||
          Number(this.groups.get(codeB)?.scored) - Number(this.groups.get(codeA)?.scored) ||
          codeA.localeCompare(codeB),
      )
      .slice(0, limit)
      .map(([code, { score, label }]) => ({
        ...this.groups.get(code)!,
        matchedLabel: label.label,
        matchKind: label.kind,
        score: Math.round(score * 1000) / 1000,
      }));
  }

  private scoreEnglish(query: string, offer: (label: LabelEntry, score: number) => void) {
    const allTerms = [...new Set(englishTerms(query))];
    const terms = allTerms.filter((term) => this.termIdf.has(term));
    if (terms.length === 0) return;
    // Words no label contains still count, at the highest weight: "xyzzy operators" is not "operators".
    const unknownWeight = Math.log(1 + this.labelCount);
    const queryWeight = allTerms.reduce((sum, term) => sum + (this.termIdf.get(term) ?? unknownWeight), 0);
    const queryTerms = englishTerms(query).join(' ');
    const candidates = new Set(terms.flatMap((term) => this.postings.get(term) ?? []));
    for (const label of candidates) {
      const matched = label.terms.filter((term) => terms.includes(term));
      const queryCoverage = matched.reduce((sum, term) => sum + this.termIdf.get(term)!, 0) / queryWeight;
      const labelCoverage = matched.length / label.terms.length;
      const exact = label.terms.length === matched.length && label.terms.join(' ') === queryTerms;
      offer(label, (exact ? 1 : queryCoverage * (0.55 + 0.4 * labelCoverage)) * KIND_WEIGHT[label.kind]);
    }
  }

  private scoreChinese(query: string, offer: (label: LabelEntry, score: number) => void) {
    const text = normalise(query).replace(/[^\p{Script=Han}a-z0-9]+/gu, '');
    for (const label of this.chineseLabels) {
      let score = 0;
      if (label.normalised === text) score = 1;
      // The label appears inside the question ("會計的暴露程度?"): longer labels are more specific.
      else if (text.includes(label.normalised)) score = 0.6 + 0.35 * Math.min(1, label.normalised.length / Math.max(text.length, 4));
      else if (label.normalised.includes(text) && text.length >= 2) score = 0.5 + 0.4 * (text.length / label.normalised.length);
      if (score > 0) offer(label, score * KIND_WEIGHT[label.kind]);
    }
  }
}
