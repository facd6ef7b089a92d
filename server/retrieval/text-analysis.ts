/**
 * Language-aware tokenising shared by the local embedder, full-text search and name resolution.
 * English is split into words with a light stemmer; Chinese (no spaces) into character bigrams.
 */

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[a-z0-9]+/g;

const EN_STOPWORDS = new Set(
  (
    'a an and are as at be by can did do does for from has have how i in is it its me my of on or our so than that the their them ' +
    'there these they this to was we were what when where which who why will with would you your about into more most much many any ' +
    'some also just please tell show give should could might may don doesn didn isn aren shall'
  ).split(' '),
);
const ZH_STOPWORDS = new Set(
  '的 了 是 在 和 與 及 嗎 呢 吧 啊 有 我 你 他 她 們 這 那 什 麼 怎 如 何 請 問 為 對 也 都 就 而 或 等 之 其'.split(' '),
);

export const hasHan = (text: string) => HAN.test(text);

/** NFKC + lower case + unified spelling variants, so "Centre"/"center" and full-width forms compare equal. */
export function normalise(text: string): string {
  // NFKC only matters outside ASCII; skipping it for plain ASCII halves the cost of indexing 33,000 labels.
  return (/\P{ASCII}/u.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/centre/g, 'center')
    .replace(/labour/g, 'labor')
    .replace(/organis/g, 'organiz')
    .replace(/programme/g, 'program');
}

/**
 * A deliberately small stemmer: plurals, then -ing / -ed / -er / final -e, so that "bookkeeper" and
 * "bookkeeping", "nurse" and "nursing", "teacher" and "teaching" share a stem.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (/(ches|shes|sses|xes)$/.test(stemmed)) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !/(ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('ing') && stemmed.length > 5) stemmed = stemmed.slice(0, -3);
  else if (stemmed.endsWith('ed') && stemmed.length > 5) stemmed = stemmed.slice(0, -2);
  if (stemmed.endsWith('er') && stemmed.length > 5) stemmed = stemmed.slice(0, -2);
  if (stemmed.endsWith('e') && stemmed.length > 4) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/** English content words, stemmed, stopwords removed, in order. */
export function englishTerms(text: string): string[] {
  return (normalise(text).match(LATIN_WORD) ?? []).filter((word) => !EN_STOPWORDS.has(word)).map(stem);
}

/** Chinese character bigrams (and single characters of one-character runs), stopword characters dropped. */
export function chineseTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of normalise(text).match(HAN_RUN) ?? []) {
    const chars = [...run].filter((char) => !ZH_STOPWORDS.has(char));
    if (chars.length === 1) terms.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
  }
  return terms;
}

/** The text the 'simple' full-text configuration indexes for Chinese documents: bigrams and Latin words. */
export function chineseSearchText(text: string): string {
  return [...chineseTerms(text), ...(normalise(text).match(LATIN_WORD) ?? [])].join(' ');
}

/**
 * tsquery operands (OR'ed) for both configurations; either may be empty. Only [a-z0-9] and Han survive.
 * English words go unstemmed: Postgres's own stemmer must see them, as it saw the documents.
 */
export function searchQueryTerms(query: string): { english: string; chinese: string } {
  // The organisation's name is in nearly every card: as a search term it only adds noise.
  const text = query.replace(/國際勞工組織|國際勞工局|\bILO\b|International Labou?r (Organi[sz]ation|Office)/gi, ' ');
  const english = [...new Set((normalise(text).match(LATIN_WORD) ?? []).filter((word) => !EN_STOPWORDS.has(word) && word.length > 1))];
  const chinese = [...new Set(chineseTerms(text))];
  return { english: english.join(' | '), chinese: chinese.join(' | ') };
}
