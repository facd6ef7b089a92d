/**
 * The words of a question that neither named something in the data nor told the classifier what is
 * asked. Showing them ("not used: 'safe'") makes a misreading visible instead of silently guessing.
 */
import type { OperationClassifier } from './operation-classifier.ts';
import type { Tagged } from './tagger.ts';

const FUNCTION_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from about as into than then so too very just also only still even ' +
    'is are was were be been being am do does did have has had will would can could should may might must shall ' +
    'i me my we us our you your he she it its they them their this that these those there here what which who whom whose ' +
    'how why when where not no yes any some all each every more most less least much many please thanks hi hello ' +
    'ai genai chatgpt gpt ilo exposed exposure jobs job work workers occupation occupations people get got tell show give know think'
  ).split(' '),
);
const ZH_FUNCTION =
  /^[的了是在和與及嗎呢吧啊喔啦有我你他她們這那什麼怎如何請問為對也都就而或等之其會被要想可以能不沒個些嗎？?，,。！!、：:\s]+$/u;
const segmenter = new Intl.Segmenter('zh-Hant', { granularity: 'word' });

export function unusedWords(tagged: Tagged, classifier: OperationClassifier): string[] {
  const covered = (start: number, end: number) => tagged.spans.some((span) => start < span.end && span.start < end);
  const known = classifier.vocabulary;
  const unused: string[] = [];
  for (const token of tagged.tokens) {
    if (covered(token.start, token.end) || token.surface.length < 3 || /^\d+$/.test(token.surface)) continue;
    if (FUNCTION_WORDS.has(token.surface) || known.has(`w:${token.surface}`)) continue;
    unused.push(token.surface);
  }
  for (const segment of segmenter.segment(tagged.text)) {
    const word = segment.segment;
    if (!segment.isWordLike || !/\p{Script=Han}/u.test(word) || covered(segment.index, segment.index + word.length)) continue;
    if (word.length < 2 || ZH_FUNCTION.test(word) || known.has(`c:${word}`)) continue;
    unused.push(word);
  }
  return [...new Set(unused)].slice(0, 8);
}
