/**
 * English quoted in a Chinese text (the findings cards quote the ILO's wording, 「significantly higher」 or
 * （"highly gendered"）, and the attribution cites titles, 《Generative AI and Jobs…》), marked lang="en" so that
 * it is read aloud and hyphenated as English.
 */
import type { ReactNode } from 'react';

/** Between Chinese quotation or title marks, or double quotes: text with a Latin letter and no Chinese. */
export const QUOTED_ENGLISH = /(?<open>[「《"“])(?<quoted>[^」》"”\p{Script=Han}]*[A-Za-z][^」》"”\p{Script=Han}]*)(?<close>[」》"”])/gu;

export function withEnglishQuotes(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(QUOTED_ENGLISH)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <span key={start}>
        {match.groups?.open}
        <span lang="en">{match.groups?.quoted}</span>
        {match.groups?.close}
      </span>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
