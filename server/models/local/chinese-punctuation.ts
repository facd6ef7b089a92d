/**
 * Full-width punctuation for a Chinese answer: the templates put English-style `( ) , :` around names,
 * codes and figures (「護理專業人員 (ISCO-08 2221)」). Chinese typesetting uses （ ）， ： with no spaces.
 * Only punctuation that follows Chinese text or a figure changes: the ILO's task statements are quoted in
 * English and keep their own, and so do number groupings (1,618), Markdown and citation markers.
 */

const HAN = '\\p{Script=Han}';
/** What may stand before a Chinese-context mark: a Han character, a digit, %, a closing mark, bold. */
const CONTEXT = `(?:[${HAN}0-9%）」』]|[${HAN}0-9%）」』]\\*\\*)`;

/** A parenthesis pair with no parentheses inside, after Chinese text or a figure (spaces between dropped). */
const PARENS = new RegExp(`(${CONTEXT}) ?\\(([^()\\n]*)\\)`, 'gu');
/** A comma and its space after Chinese text or a figure; a comma between digits (1,618) has no space. */
const COMMA = new RegExp(`(${CONTEXT}), `, 'gu');
/**
 * A colon after Chinese text, or closing a Chinese heading in bold (`**…）:** `): there the space stays, since
 * Markdown closes bold after punctuation only before a space.
 */
const COLON = new RegExp(`([${HAN}）]):(\\*\\* )?(?!\\*\\*) ?`, 'gu');

export function fullWidthPunctuation(text: string): string {
  let result = text;
  // Inner pairs first, then any pair they were inside.
  for (let previous = ''; previous !== result; ) {
    previous = result;
    result = result.replace(PARENS, (_, before: string, inner: string) => `${before}（${inner}）`);
  }
  return result.replace(COMMA, '$1，').replace(COLON, (_, before: string, bold: string | undefined) => `${before}：${bold ?? ''}`);
}
