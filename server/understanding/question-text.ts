/**
 * One normalisation for questions and lexicon labels alike, so that both sides compare equal:
 * NFKC (full-width forms), lower case, Simplified Chinese and mainland wording to Taiwan usage
 * (软件 -> 軟體, 程序员 -> 程式設計師), 臺 -> 台, and British/American spelling variants.
 */
import { Converter } from 'opencc-js/cn2t';

const toTaiwan = Converter({ from: 'cn', to: 'twp' });
const HAN = /\p{Script=Han}/u;

export const hasHan = (text: string) => HAN.test(text);

export function normaliseText(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/centre/g, 'center')
    .replace(/labour/g, 'labor')
    .replace(/organis/g, 'organiz')
    .replace(/programme/g, 'program');
  return (hasHan(folded) ? toTaiwan(folded) : folded).replace(/臺/g, '台');
}

/**
 * The singular of an English word: only plurals are folded ("nurses" = "nurse", "secretaries" =
 * "secretary"); a stemmer would also make "teller" of "tell" and "accounting" of "accountant".
 */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/(ss|us|is|ics)$/.test(word)) return word.slice(0, -1);
  return word;
}

export interface Token {
  /** The word as typed (lower case). */
  surface: string;
  /** The singular form used for matching. */
  stem: string;
  start: number;
  end: number;
  /** Whether the word was written in capitals in the original question ("US", "UK"). */
  upper: boolean;
}

const LATIN_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/** Latin words with offsets into the normalised text; apostrophes ("women's") stay with the word and are dropped from the stem. */
export function latinTokens(normalised: string, original: string): Token[] {
  const tokens: Token[] = [];
  for (const match of normalised.matchAll(LATIN_WORD)) {
    const surface = match[0].replace(/'s$/, '').replace(/'/g, '');
    const start = match.index;
    const typed = original.slice(start, start + match[0].length);
    // An acronym's plural ("RNs", "MPs", "CEOs") is the acronym: short words otherwise keep their "s" ("bus", "gas").
    const acronymPlural = /^[A-Z]{2,}s$/.test(typed);
    tokens.push({
      surface,
      stem: acronymPlural ? surface.slice(0, -1) : singular(surface),
      start,
      end: start + match[0].length,
      upper: acronymPlural || /^[A-Z]{2,}$/.test(typed),
    });
  }
  return tokens;
}

/** The label as the matcher compares it: stems of its Latin words joined by one space, or its Han characters. */
export function labelKey(label: string): string {
  const normalised = normaliseText(label);
  if (hasHan(normalised)) return normalised.replace(/[^\p{Script=Han}a-z0-9]+/gu, '');
  return (normalised.match(LATIN_WORD) ?? []).map((word) => singular(word.replace(/'s$/, '').replace(/'/g, ''))).join(' ');
}
