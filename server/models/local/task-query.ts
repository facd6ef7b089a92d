/**
 * The kind of work a find_tasks question describes, as words to search the ILO's task statements with:
 * the question without its frame ("which occupations involve tasks like …") and without the occupation
 * group it is limited to. Task statements are English only, so a Chinese question's words are put into
 * English through TASK_WORDS_ZH_TW.
 */
import type { Language } from '../../domain/language.ts';
import type { Understanding } from '../../understanding/understanding.ts';
import { TASK_WORDS_ZH_TW } from './task-words.ts';

/** Words that ask the question rather than describe the work. */
const FRAME_WORDS = new Set(
  (
    'which what who whose where whom any is are was were there a an the of in on at to for from by with about as do does did doing ' +
    'occupation occupations job jobs profession professions professional professionals role roles worker workers people person ' +
    'kind kinds type types sort involve involves involved involving include includes included including task tasks duty duties ' +
    'like such similar require requires required requiring need needs have has had work works mainly mostly mainly spend spends ' +
    'time responsible carry carries out deal deals list lists listed mention mentions find show me search ilo isco would could ' +
    "cover covers that this these those ones one my i im i'm looking if match matches matching part data-set dataset whose " +
    "top most best in what's"
  ).split(' '),
);
const ENTRIES = Object.entries(TASK_WORDS_ZH_TW).sort((a, b) => b[0].length - a[0].length);

/** Chinese text to English task words: longest listed word first, anything unlisted left out. */
function chineseToEnglish(text: string): string[] {
  const words: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const entry = ENTRIES.find(([chinese]) => rest.startsWith(chinese));
    if (entry) {
      words.push(...entry[1].split(' '));
      rest = rest.slice(entry[0].length);
    } else rest = rest.slice(1);
  }
  return words;
}

export function taskQuery(understanding: Understanding, question: string, language: Language): string {
  // The occupation group the search is limited to is not part of the work described.
  let text = question.toLowerCase();
  for (const subject of understanding.subjects)
    if (subject.kind === 'occupation' && subject.id.length < 4 && subject.fromText)
      text = text.replace(subject.fromText.toLowerCase(), ' ');
  const latin = (text.match(/[a-z][a-z'-]*/g) ?? []).filter((word) => !FRAME_WORDS.has(word));
  const words = language === 'zh-TW' || /\p{Script=Han}/u.test(text) ? [...chineseToEnglish(text), ...latin] : latin;
  return [...new Set(words)].join(' ');
}
