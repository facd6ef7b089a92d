/**
 * English quoted in a Chinese text (the findings cards quote the ILO's wording, 「significantly higher」, and
 * the attribution cites titles, 《Generative AI and Jobs…》), marked lang="en" so that it is read aloud and
 * hyphenated as English.
 */
import type { ReactNode } from 'react';

const QUOTED_ENGLISH = /([「《])([^」》\p{Script=Han}]*[A-Za-z][^」》\p{Script=Han}]*)([」》])/gu;

export function withEnglishQuotes(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  let last = 0;
  for (const match of text.matchAll(QUOTED_ENGLISH)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <span key={start}>
        {match[1]}
        <span lang="en">{match[2]}</span>
        {match[3]}
      </span>,
    );
    last = start + match[0].length;
    at = last;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
