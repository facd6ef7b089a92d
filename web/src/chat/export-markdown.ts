/**
 * A conversation as Markdown: each question and answer, then one numbered source list for the whole
 * conversation (each answer's [n] markers renumbered to it), then the CC BY attribution and disclaimer.
 */
import type { ChatMessage, Citation } from '../api/types.ts';
import type { StringKey } from '../i18n/strings.ts';
import { citationsOf, citedNumbers, displayedAnswer, groundingOf, textOf } from './message-parts.ts';

type Translate = (key: StringKey, values?: Record<string, string | number>) => string;

export function conversationMarkdown(
  messages: ChatMessage[],
  options: { t: Translate; attribution: string; disclaimer: string; url?: string },
): string {
  const { t } = options;
  const sources: Citation[] = [];
  const globalNumber = new Map<string, number>();
  const lines: string[] = [`# ${t('chatExportTitle')}`, ''];
  if (options.url) lines.push(t('chatExportLink', { url: options.url }), '');

  let question = 0;
  for (const message of messages) {
    if (message.role === 'user') {
      question += 1;
      lines.push(`## ${t('chatExportQuestion')} ${question}`, '', textOf(message), '');
      continue;
    }
    if (message.role !== 'assistant') continue;
    const { text } = displayedAnswer(message);
    const citations = citationsOf(message);
    const cited = citedNumbers(text).filter((n) => citations.has(n));
    for (const n of cited.length > 0 ? cited : [...citations.keys()]) {
      const citation = citations.get(n)!;
      if (!globalNumber.has(citation.id)) {
        sources.push(citation);
        globalNumber.set(citation.id, sources.length);
      }
    }
    const renumbered = text.replace(/\[(\d{1,3})\]/g, (marker, n: string) => {
      const citation = citations.get(Number(n));
      return citation ? `[${globalNumber.get(citation.id)}]` : marker;
    });
    lines.push(`### ${t('chatExportAnswer')}`, '', renumbered || '—', '');
    const unverified = groundingOf(message)?.unverified ?? [];
    if (unverified.length > 0) lines.push(`> ${t('chatExportUnverified', { numbers: unverified.join(', ') })}`, '');
  }

  if (sources.length > 0) {
    lines.push(`## ${t('chatExportSources')}`, '');
    sources.forEach((source, index) => {
      const parts = [source.title, source.locator]
        .filter((part): part is string => Boolean(part?.trim()))
        .map((part) => part.trim().replace(/[.。]$/, ''));
      lines.push(`${index + 1}. ${parts.join('. ')}.${source.url ? ` ${source.url}` : ''}`);
    });
    lines.push('');
  }
  lines.push('---', '', `## ${t('chatExportLicence')}`, '', options.attribution, '', options.disclaimer, '');
  return lines.join('\n');
}
