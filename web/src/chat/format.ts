/** Number formatting shared by the chat's result components and the source panel. */
import type { StringKey } from '../i18n/strings.ts';
import type { SourceClass } from './tool-types.ts';

export const formatScore = (value: number | null | undefined) => (typeof value === 'number' ? value.toFixed(2) : '—');

/** A change with its sign, using a true minus sign (−0.05, +0.19, 0.00). */
export function formatChange(value: number | null | undefined): string {
  if (typeof value !== 'number') return '—';
  const text = Math.abs(value).toFixed(2);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export const formatPercent = (value: number | null | undefined, language: string, digits = 1) =>
  typeof value === 'number' ? `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)}%` : '—';

export const formatThousands = (value: number | null | undefined, language: string) =>
  typeof value === 'number' ? new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value) : '—';

export const formatDate = (iso: string, language: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

export const SOURCE_CLASS_KEYS: Record<SourceClass, StringKey> = {
  primary: 'chatClassPrimary',
  quoted: 'chatClassQuoted',
  secondary: 'chatClassSecondary',
  derived: 'chatClassDerived',
};

export const SOURCE_CLASS_SHORT_KEYS: Record<SourceClass, StringKey> = {
  primary: 'chatClassShortPrimary',
  quoted: 'chatClassShortQuoted',
  secondary: 'chatClassShortSecondary',
  derived: 'chatClassShortDerived',
};

export const SEX_KEYS: Record<string, StringKey> = { total: 'chatSexTotal', women: 'chatSexWomen', men: 'chatSexMen' };

/** Only web addresses become links; a repository path (e.g. knowledge/data/README.md) stays text. */
export const isWebUrl = (url: string | null | undefined): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);

/** A file name from a title: letters, digits and dashes only. */
export const fileSlug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60) || 'data';
