/** Definitions and cited findings: what a term means, what the ILO found or recommends, how the scores were made. */
import type { Language } from '../../domain/language.ts';
import { join } from './compose-subjects.ts';
import { phrase } from './phrases.ts';
import { cite, outputsOf, type ToolOutcome } from './tool-outcomes.ts';

export function definitionsBlock(outcomes: readonly ToolOutcome[]): string {
  const result = outputsOf(outcomes, 'defineTerms')[0];
  if (!result) return '';
  const sources = result.sources.map((source) => source.id);
  const lines = [
    ...result.data.glossary.map((entry) => `- **${entry.term}**: ${entry.definition}`),
    ...result.data.labels.map((label) => `- **${label.label}** (${label.study}): ${label.definition}`),
  ];
  return lines.length > 0 ? `${lines.join('\n')} ${cite(result, ...sources)}` : '';
}

/** The first sentences of a card; a full stop inside a number ("4.7%") does not end one. */
function firstSentences(text: string, count: number): string {
  const sentences = text.replace(/\s+/g, ' ').split(/(?<=[!?。！？]["」』]?|\.(?!\d)["」』]?)\s*/);
  return sentences.slice(0, count).join(' ').trim();
}

/** The best matching findings cards, each with its title, a short excerpt and its citation. */
export function findingsBlock(outcomes: readonly ToolOutcome[], language: Language, count: number): string {
  const result = outputsOf(outcomes, 'searchFindings')[0];
  if (!result) return '';
  const items = result.data.items.filter((item) => item.textMatch).slice(0, count);
  if (items.length === 0) return '';
  return join(
    phrase(language, 'knowledgeIntro'),
    ...items.map((item) => `**${item.title}** ${cite(result, `finding:${item.id}`)}\n${firstSentences(item.body, 3)}`),
  );
}
