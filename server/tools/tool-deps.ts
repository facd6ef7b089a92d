import { z } from 'zod';
import type { KnowledgeBase } from '../data/knowledge-base.ts';
import { ESTIMATE_MEASURES, type EstimateMeasure } from '../domain/country-estimate.ts';
import { LANGUAGES } from '../domain/language.ts';
import type { SourceRef } from '../domain/source-ref.ts';

/** What every tool may use. Tools know nothing of HTTP: the same registry serves chat, REST and MCP. */
export interface ToolDeps {
  kb: KnowledgeBase;
}

/** Every tool returns its data with the sources of every figure in it. */
export interface ToolResult<Data> {
  data: Data;
  sources: SourceRef[];
}

export const languageInput = z
  .enum(LANGUAGES)
  .optional()
  .describe('Language for titles and names: "en" (default) or "zh-TW" (Traditional Chinese)');

export const occupationCodeInput = z
  .string()
  .regex(/^\d{4}$/, 'must be a 4-digit ISCO-08 unit group code')
  .describe('4-digit ISCO-08 unit group code, e.g. "4132"');

export const measureInput = z
  .enum(Object.keys(ESTIMATE_MEASURES) as [EstimateMeasure, ...EstimateMeasure[]])
  .default('wp140_exposed')
  .describe('wp140_exposed (2025 gradients 1-4), wp140_gradient_4 (highest gradient), wp96_automation or wp96_augmentation (2023 study)');

export const sectorAreaInput = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .describe(
    'Country (ISO3 code or name in English or Chinese, e.g. "DEU", "Germany", "德國") or region: ' +
      '"EU27" (European Union) or "EUR" (Europe, 33 countries)',
  );
