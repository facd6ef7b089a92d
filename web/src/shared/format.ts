/**
 * Every number the chat and the explorer show, formatted in the interface language by one rule per kind:
 * - task scores and their change: two decimals, as the ILO publishes them (0.70, +0.05, −0.12);
 * - shares this project computes (country estimates, employment shares) and percentage-point errors: one
 *   decimal (35.7%, 1.9), so the same estimate reads the same everywhere;
 * - published ILO figures: exactly as published (their own text);
 * - people: thousands, whole, with grouping (11,701); below ten thousand with one decimal (0.4), so a small
 *   group does not read as none.
 * A missing value shows as a dash.
 */
import type { Language } from '../i18n/strings.ts';

const MISSING = '—';
const MINUS = '−';
const formatters = new Map<string, Intl.NumberFormat>();

function number(value: number, language: Language, minimum: number, maximum: number): string {
  const key = `${language}|${minimum}|${maximum}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, { minimumFractionDigits: minimum, maximumFractionDigits: maximum });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

const present = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** With a sign and a true minus; a value that rounds to zero has none. */
function signed(value: number, language: Language, digits: number): string {
  const text = number(Math.abs(value), language, digits, digits);
  if (Math.abs(value) < 0.5 * 10 ** -digits) return text;
  return `${value > 0 ? '+' : MINUS}${text}`;
}

/** A 0-1 task score or mean: 0.70. */
export const formatScore = (value: number | null | undefined, language: Language) =>
  present(value) ? number(value, language, 2, 2) : MISSING;

/** The change of a score from 2023 to 2025: +0.05, −0.12, 0.00. */
export const formatChange = (value: number | null | undefined, language: Language) =>
  present(value) ? signed(value, language, 2) : MISSING;

/** A share this project computed, with one decimal and the sign: 35.7%. */
export const formatPercent = (value: number | null | undefined, language: Language) =>
  present(value) ? `${number(value, language, 1, 1)}%` : MISSING;

/** One decimal without a unit: percentage points (an estimate's error: 1.9), or shares in a table whose caption gives the unit. */
export const formatPoints = (value: number | null | undefined, language: Language) =>
  present(value) ? number(value, language, 1, 1) : MISSING;

/** Signed percentage points (an estimate minus the published figure): +1.5, −4.6. */
export const formatSignedPoints = (value: number | null | undefined, language: Language) =>
  present(value) ? signed(value, language, 1) : MISSING;

/** A published percentage given as a number, without added precision: 34, 5.5. */
export const formatPublishedPercent = (value: number | null | undefined, language: Language) =>
  present(value) ? `${number(value, language, 0, 2)}%` : MISSING;

/** A published figure exactly as the ILO wrote it, with its range and unit: 25%, 0.5–1.2%. */
export function formatPublished(figure: { valueText: string; valueHigh: number | null; unit: string }): string {
  const high = figure.valueHigh === null ? '' : `–${figure.valueHigh}`;
  // "More than twice as likely" is published as a lower bound on a ratio: > 2×.
  if (figure.unit === 'times_lower_bound') return `> ${figure.valueText}×`;
  return `${figure.valueText}${high}${figure.unit === 'percent' ? '%' : ` ${figure.unit}`}`;
}

/** People in thousands, whole, with grouping: 11,701; 0.4 below ten. */
export const formatThousands = (value: number | null | undefined, language: Language) =>
  present(value) ? number(value, language, 0, Math.abs(value) < 10 ? 1 : 0) : MISSING;

/** A count with grouping: 3,266. */
export const formatInteger = (value: number, language: Language) => number(value, language, 0, 0);

export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
