/**
 * Every name the data knows, indexed for the tagger: ISCO-08 titles at every level, ESCO job titles,
 * curated everyday names, countries and their aliases, income groups, regions, sectors and the domain
 * terms, in English and Traditional Chinese. Built once per dataset version from the catalog.
 */
import { DOMAIN_TERMS } from './domain-terms.ts';
import type { EntityKind } from './entities.ts';
import { hasHan, labelKey, normaliseText, singular } from './question-text.ts';

export interface LexiconEntry {
  kind: EntityKind;
  id: string;
  /** The label as written in the data. */
  matched: string;
  weight: number;
  /** Short Latin aliases ("US", "UK") only count when written in capitals. */
  upperOnly?: boolean;
}

export interface LexiconInput {
  groups: Iterable<{ code: string; titleEn: string; titleZhTw: string | null }>;
  /** [code, label, kind, language] as the occupation name index stores them. */
  occupationLabels: Iterable<readonly [string, string, string, string]>;
  countries: Iterable<{ iso3: string; nameEn: string; nameZhTw: string; aliasesEn: string[]; aliasesZhTw: string[] }>;
  sectors?: Iterable<{ id: string; labels: string[] }>;
  /** Everyday words of the domain (from the training questions, the glossary…): not typos of a job title. */
  knownWords?: Iterable<string>;
}

// Official titles and curated names outrank ESCO's preferred names, which outrank its long tail.
const LABEL_WEIGHT: Record<string, number> = { isco_title: 1, alias: 1, esco_preferred: 0.97, esco_alternative: 0.93 };

/**
 * Words that are never an occupation on their own, although some ESCO label consists of one of them
 * (curated names, weighted 0.99 or more, are exempt)
 * ("model", "host", "agent"…): in a question about AI and jobs they mean something else.
 */
const NOT_AN_OCCUPATION_ALONE = new Set(
  [
    'ai',
    'model',
    'models',
    'host',
    'agent',
    'agents',
    'guide',
    'runner',
    'worker',
    'workers',
    'staff',
    'employee',
    'employees',
    'people',
    'job',
    'jobs',
    'work',
    'occupation',
    'occupations',
    'profession',
    'professions',
    'career',
    'role',
    'roles',
    'operator',
    'assistant',
    'officer',
    'official',
    'specialist',
    'expert',
    'consultant',
    'professional',
    'technician',
    'director',
    'head',
    'leader',
    'chief',
    'member',
    'representative',
    'adviser',
    'advisor',
    'writer',
    'reader',
    'user',
    'owner',
    'partner',
    'student',
    'associate',
    'coordinator',
    'administrator',
    'controller',
    'inspector',
    'supervisor',
    'trainer',
    'tester',
    'helper',
    'seller',
    'buyer',
    'producer',
    'planner',
    'exposure',
    'gradient',
    'score',
    'index',
    'study',
    'task',
    'tasks',
    'data',
    'market',
    'industry',
    'sector',
    'union',
  ].map(singular),
);

export class Lexicon {
  readonly latin = new Map<string, LexiconEntry[]>();
  readonly han = new Map<string, LexiconEntry[]>();
  /** Han labels of three or more characters with one character replaced by '*', for one-character variants. */
  readonly hanVariants = new Map<string, LexiconEntry[]>();
  /** Known Latin words (as typed, lower case): never corrected as typos. */
  readonly knownWords = new Set<string>();
  /** Occupation-title words by first letter and length ("a10"), for typo correction. */
  readonly labelWordsByLength = new Map<string, string[]>();
  readonly labelWordFrequency = new Map<string, number>();
  maxLatinWords = 1;
  maxHanLength = 2;
  /** Display titles, for saying what was understood. */
  readonly titles = new Map<string, { en: string; zh: string }>();

  constructor(input: LexiconInput) {
    for (const group of input.groups) {
      this.titles.set(`occupation:${group.code}`, { en: group.titleEn, zh: group.titleZhTw ?? group.titleEn });
      this.add({ kind: 'occupation', id: group.code, matched: group.titleEn, weight: 1 });
      if (group.titleZhTw) this.add({ kind: 'occupation', id: group.code, matched: group.titleZhTw, weight: 1 });
    }
    // A curated name listed for several codes is ambiguous; its first row is the everyday meaning.
    const aliasSeen = new Set<string>();
    for (const [code, label, kind] of input.occupationLabels) {
      const first = kind !== 'alias' || !aliasSeen.has(label);
      if (kind === 'alias') aliasSeen.add(label);
      this.add({ kind: 'occupation', id: code, matched: label, weight: first ? (LABEL_WEIGHT[kind] ?? 0.9) : 0.99 });
    }
    for (const country of input.countries) {
      this.titles.set(`country:${country.iso3}`, { en: country.nameEn, zh: country.nameZhTw });
      for (const name of [country.nameEn, country.nameZhTw, ...country.aliasesEn, ...country.aliasesZhTw]) {
        if (!name || name.length < 2) continue;
        this.add({ kind: 'country', id: country.iso3, matched: name, weight: 1, ...(shortLatin(name) ? { upperOnly: true } : {}) });
      }
    }
    for (const sector of input.sectors ?? []) {
      for (const label of sector.labels)
        this.add({
          kind: 'sector',
          id: sector.id,
          matched: label,
          weight: 1,
          ...(shortLatin(label) && label === label.toUpperCase() ? { upperOnly: true } : {}),
        });
    }
    for (const term of DOMAIN_TERMS) for (const label of term.labels) this.add({ kind: term.kind, id: term.id, matched: label, weight: 1 });
    for (const word of input.knownWords ?? []) this.knownWords.add(word.toLowerCase());
    for (const [length, words] of this.labelWordsByLength) this.labelWordsByLength.set(length, [...new Set(words)].sort());
  }

  private add(entry: LexiconEntry) {
    const key = labelKey(entry.matched);
    if (!key) return;
    if (hasHan(key)) {
      if (key.length < 2) return;
      push(this.han, key, entry);
      this.maxHanLength = Math.max(this.maxHanLength, key.length);
      if (key.length >= 3 && entry.kind === 'occupation') {
        for (let i = 0; i < key.length; i++) push(this.hanVariants, `${key.slice(0, i)}*${key.slice(i + 1)}`, entry);
      }
      return;
    }
    const words = key.split(' ');
    if (entry.kind === 'occupation' && entry.weight < 0.99 && words.length === 1 && NOT_AN_OCCUPATION_ALONE.has(words[0]!)) return;
    push(this.latin, key, entry);
    this.maxLatinWords = Math.max(this.maxLatinWords, words.length);
    for (const word of normaliseText(entry.matched).match(/[a-z]+/g) ?? []) {
      this.knownWords.add(word);
      if (word.length >= 4 && entry.kind === 'occupation') {
        const bucketKey = `${word[0]}${word.length}`;
        const bucket = this.labelWordsByLength.get(bucketKey) ?? [];
        bucket.push(word);
        this.labelWordsByLength.set(bucketKey, bucket);
        this.labelWordFrequency.set(word, (this.labelWordFrequency.get(word) ?? 0) + 1);
      }
    }
  }
}

/** Short Latin names ("US", "IT") are also everyday words ("us", "it"): they count only when written in capitals. */
const shortLatin = (name: string) => !hasHan(name) && name.length <= 3;

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
