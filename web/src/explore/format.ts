/** Simple number formatting in the interface language (figures always come from the API). */
import type { Language } from '../i18n/strings.ts';

const cache = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, min: number, max: number): Intl.NumberFormat {
  const key = `${language}|${min}|${max}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.NumberFormat(language, { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, found);
  }
  return found;
}

/** A 0-1 score with two decimals: 0.70. */
export const formatScore = (value: number, language: Language) => formatter(language, 2, 2).format(value);

/** A signed difference of two scores: +0.05, −0.12, 0.00. */
export function formatChange(value: number, language: Language): string {
  const text = formatter(language, 2, 2).format(Math.abs(value));
  if (Math.abs(value) < 0.005) return text;
  return `${value > 0 ? '+' : '−'}${text}`;
}

/** A percentage as published or computed, up to two decimals: 32.54, 3.5. */
export const formatPercent = (value: number, language: Language) => formatter(language, 0, 2).format(value);

/** A signed percentage-point error: +1.54, −4.61. */
export function formatSigned(value: number, language: Language): string {
  const text = formatter(language, 0, 2).format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** A count in thousands, to the nearest thousand with grouping: 11,701. */
export const formatThousands = (value: number, language: Language) => formatter(language, 0, value < 10 ? 1 : 0).format(value);

/** A plain integer with grouping. */
export const formatInteger = (value: number, language: Language) => formatter(language, 0, 0).format(value);
