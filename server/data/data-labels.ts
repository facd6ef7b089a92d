/**
 * Names and notes the API shows in the request's language (estimate measures, World Bank regions, notes on
 * countries, occupations and estimates), from knowledge/data/data-labels.csv, and published figures with
 * their label and note in that language: one source for the chat, the explorer and MCP.
 */
import type { Language } from '../domain/language.ts';
import type { Catalog, EstimateMethodInfo, PublishedFigure } from './catalog.ts';

type LabelKind = 'estimate_measure' | 'note' | 'region';

/** A label with its {placeholders} filled in; a key the data lacks is a bug, not something to show. */
export function dataLabel(
  catalog: Pick<Catalog, 'labels'>,
  kind: LabelKind,
  key: string,
  language: Language,
  values: Record<string, string | number> = {},
): string {
  const label = catalog.labels.get(`${kind}:${key}`);
  if (!label) throw new Error(`knowledge/data/data-labels.csv has no ${kind} "${key}"`);
  return (language === 'zh-TW' ? label.zhTw : label.en).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A World Bank region's name; the API keeps the English name as the region's code. */
export const regionName = (catalog: Pick<Catalog, 'labels'>, region: string | null, language: Language) =>
  region === null ? null : dataLabel(catalog, 'region', region, language);

export type LocalFigure = Omit<PublishedFigure, 'labelZhTw' | 'noteZhTw'>;

/** A published figure with its label and note in the language asked for (the figure itself as published). */
export function figureIn(figure: PublishedFigure, language: Language): LocalFigure {
  const { labelZhTw, noteZhTw, ...rest } = figure;
  return language === 'zh-TW' ? { ...rest, label: labelZhTw, note: noteZhTw } : rest;
}

export const methodDescription = (method: EstimateMethodInfo, language: Language) =>
  language === 'zh-TW' ? method.descriptionZhTw : method.description;
