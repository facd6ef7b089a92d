/**
 * An English word list (word-list, MIT): a word it holds is a word the user meant, not a typo of a job
 * title two letters away ("colleague" is not "college"). Read once, kept as one string: the check runs
 * only for an unknown word that a two-edit correction would change, so a scan costs less than a 230k-word Set.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: string | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= `\n${readFileSync(wordListPath, 'utf8')}\n`;
  return words.includes(`\n${word}\n`);
}
