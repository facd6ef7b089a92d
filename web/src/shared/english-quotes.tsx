/**
 * English quoted in a Chinese text (the findings cards quote the ILO's wording: 「significantly higher」),
 * marked lang="en" so that it is read aloud and hyphenated as English.
 */
import type { ReactNode } from 'react';

const QUOTED_ENGLISH = /「([^」\p{Script=Han}]*[A-Za-z][^」\p{Script=Han}]*)」/u;

export function withEnglishQuotes(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  // split() with a capturing group alternates: text, quoted English, text…
  text.split(new RegExp(QUOTED_ENGLISH.source, 'gu')).forEach((part, index) => {
    parts.push(
      index % 2 === 1 ? (
        <span key={at}>
          「<span lang="en">{part}</span>」
        </span>
      ) : (
        part
      ),
    );
    at += part.length + 2;
  });
  return parts;
}
