import { z } from 'zod';
import type { KnowledgeBase } from '../data/knowledge-base.ts';
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
