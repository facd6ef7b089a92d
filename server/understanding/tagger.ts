/**
 * Finds every span of a question that the data knows: exact names first (longest match wins), then
 * one-word typos in English ("acountants") and one-character variants in Chinese (軟體工程帥), each
 * with a lower confidence. Words that resolve to nothing stay unresolved: they are never taken as a job.
 */
import editDistance from 'damerau-levenshtein';
import { isEnglishWord } from './english-words.ts';
import type { Candidate, Span } from './entities.ts';
import type { Lexicon, LexiconEntry } from './lexicon.ts';
import { latinTokens, normaliseText, singular, type Token } from './question-text.ts';

/** How much a one-character Chinese variant costs in confidence (an English typo costs 0.04 per edit). */
const VARIANT_PENALTY = 0.92;

export interface Tagged {
  /** The question after normalisation; spans index into it. */
  text: string;
  tokens: Token[];
  spans: Span[];
}

interface RawSpan extends Span {
  best: number;
}

export function tagQuestion(question: string, lexicon: Lexicon): Tagged {
  const text = normaliseText(question);
  const tokens = latinTokens(text, question);
  const raw: RawSpan[] = [];
  latinSpans(text, tokens, lexicon, raw);
  coordinatedSpans(text, tokens, lexicon, raw);
  codeSpans(text, lexicon, raw);
  hanSpans(text, lexicon, raw);
  return { text, tokens, spans: selectSpans(raw) };
}

function candidatesOf(entries: readonly LexiconEntry[], factor: number, upper: boolean): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const entry of entries) {
    if (entry.upperOnly && !upper) continue;
    const key = `${entry.kind}:${entry.id}`;
    const score = Math.round(entry.weight * factor * 1000) / 1000;
    const seen = best.get(key);
    if (!seen || score > seen.score) best.set(key, { kind: entry.kind, id: entry.id, score, matched: entry.matched });
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

function addSpan(raw: RawSpan[], span: Omit<RawSpan, 'best'>) {
  if (span.candidates.length > 0) raw.push({ ...span, best: span.candidates[0]!.score });
}

/** Latin n-grams of adjacent words (only spaces, hyphens or slashes between them). */
function latinSpans(text: string, tokens: Token[], lexicon: Lexicon, raw: RawSpan[]) {
  const corrected = tokens.map((token) => correctTypo(token, lexicon));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= lexicon.maxLatinWords && i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      if (n > 1 && !/^[\s\-/]*$/.test(text.slice(tokens[i + n - 2]!.end, last.start))) break;
      const window = tokens.slice(i, i + n);
      const start = tokens[i]!.start;
      const exact = lexicon.latin.get(window.map((token) => token.stem).join(' '));
      const upper = window.every((token) => token.upper);
      if (exact)
        addSpan(raw, { start, end: last.end, text: text.slice(start, last.end), candidates: candidatesOf(exact, 1, upper), via: 'exact' });
      const fixes = corrected.slice(i, i + n);
      if (fixes.some((fix) => fix !== null)) {
        const key = window.map((token, k) => fixes[k]?.stem ?? token.stem).join(' ');
        const entries = lexicon.latin.get(key);
        const similarity = Math.min(...fixes.map((fix) => fix?.similarity ?? 1));
        if (entries)
          addSpan(raw, {
            start,
            end: last.end,
            text: text.slice(start, last.end),
            candidates: candidatesOf(entries, similarity, upper),
            via: 'typo',
          });
      }
    }
  }
}

/**
 * "poor and rich countries", "low vs high income countries": a word joined by "and"/"or"/"vs" to a name shares that
 * name's last words, so "poor" is read as "poor countries" when the data knows that name.
 */
function coordinatedSpans(text: string, tokens: Token[], lexicon: Lexicon, raw: RawSpan[]) {
  for (const span of [...raw]) {
    const first = tokens.findIndex((token) => token.start === span.start);
    const last = tokens.findIndex((token) => token.end === span.end);
    if (first < 2 || last <= first || !/^(and|or|vs|versus)$/.test(tokens[first - 1]!.stem)) continue;
    const word = tokens[first - 2]!;
    const shared = tokens.slice(first + 1, last + 1).map((token) => token.stem);
    const entries = lexicon.latin.get([word.stem, ...shared].join(' '));
    if (!entries || lexicon.latin.has(word.stem)) continue;
    addSpan(raw, {
      start: word.start,
      end: word.end,
      text: text.slice(word.start, word.end),
      candidates: candidatesOf(entries, 1, word.upper),
      via: 'exact',
    });
  }
}

// "4132", "ISCO 2513", "ISCO-08 code 41", "occupation 3435": a code names its group (years are not codes).
const CODE = /(?:\bisco(?:-?08)?\s*(?:code\s*)?|\b(?:occupation|code|unit group)\s+)?(?<![\d.])(\d{1,4})(?![\d.%])/g;

function codeSpans(text: string, lexicon: Lexicon, raw: RawSpan[]) {
  for (const match of text.matchAll(CODE)) {
    const code = match[1]!;
    const prefixed = match[0].length > code.length;
    // Bare numbers are codes only with four digits that are not a year; shorter ones need "ISCO" before them.
    if (!prefixed && (code.length < 4 || /^(19|20)\d\d$/.test(code))) continue;
    if (/^(19|20)\d\d$/.test(code) && !/isco|occupation|code/.test(match[0])) continue;
    const title = lexicon.titles.get(`occupation:${code}`);
    if (!title) continue;
    addSpan(raw, {
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      candidates: [{ kind: 'occupation', id: code, score: 1, matched: code }],
      via: 'exact',
    });
  }
}

/**
 * The closest word of an occupation title for a word no name contains, if it is one typo away
 * (same first letter; one edit for words of 5-6 letters, two from 7, unless the word is itself English).
 */
function correctTypo(token: Token, lexicon: Lexicon): { stem: string; similarity: number } | null {
  const word = token.surface;
  if (word.length < 5 || /\d/.test(word) || lexicon.knownWords.has(word) || lexicon.latin.has(token.stem)) return null;
  const bare = word.replace(/(?<=[^s])s$/, '');
  if (lexicon.knownWords.has(bare)) return null;
  const maxEdits = word.length >= 7 ? 2 : 1;
  let best: { word: string; edits: number; frequency: number } | null = null;
  for (let length = bare.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const candidate of lexicon.labelWordsByLength.get(`${word[0]}${length}`) ?? []) {
      // Swapped neighbours count as one edit ("drviers" is one slip from "drivers", two from "drapers").
      const edits = Math.min(editDistance(word, candidate).steps, editDistance(bare, candidate).steps);
      if (edits > maxEdits) continue;
      const frequency = lexicon.labelWordFrequency.get(candidate) ?? 0;
      if (!best || edits < best.edits || (edits === best.edits && frequency > best.frequency)) best = { word: candidate, edits, frequency };
    }
  }
  if (!best || (best.edits === 2 && isEnglishWord(word))) return null;
  return { stem: singular(best.word), similarity: best.edits === 1 ? 0.96 : 0.9 };
}

// Chinese names may hold digits (第4梯度, 2023年): a run is Han characters and digits with at least one Han character.
const HAN_CHAR = /[\p{Script=Han}0-9]/u;
const HAN_ONLY = /\p{Script=Han}/u;

/** Han substrings: exact labels, then labels with one character different (軟體工程帥 -> 軟體工程師). */
function hanSpans(text: string, lexicon: Lexicon, raw: RawSpan[]) {
  const chars = [...text];
  // Offsets in UTF-16 units, so spans index the same string as the Latin ones.
  const offsets: number[] = [];
  for (let i = 0, offset = 0; i <= chars.length; i++) {
    offsets.push(offset);
    offset += chars[i]?.length ?? 0;
  }
  const exactEnds = new Map<number, number>();
  for (let i = 0; i < chars.length; i++) {
    if (!HAN_CHAR.test(chars[i]!)) continue;
    let run = '';
    for (let j = i; j < chars.length && j - i < lexicon.maxHanLength && HAN_CHAR.test(chars[j]!); j++) {
      run += chars[j];
      if (run.length < 2 || !HAN_ONLY.test(run)) continue;
      const entries = lexicon.han.get(run);
      if (!entries) continue;
      addSpan(raw, { start: offsets[i]!, end: offsets[j + 1]!, text: run, candidates: candidatesOf(entries, 1, false), via: 'exact' });
      exactEnds.set(i, Math.max(exactEnds.get(i) ?? 0, j + 1));
    }
  }
  for (let i = 0; i < chars.length; i++) {
    if (!HAN_CHAR.test(chars[i]!)) continue;
    let run = '';
    for (let j = i; j < chars.length && j - i < lexicon.maxHanLength && HAN_CHAR.test(chars[j]!); j++) {
      run += chars[j];
      if (run.length < 3 || !HAN_ONLY.test(run[0]!) || (exactEnds.get(i) ?? 0) >= j + 1) continue;
      const found: LexiconEntry[] = [];
      for (let k = 0; k < run.length; k++) found.push(...(lexicon.hanVariants.get(`${run.slice(0, k)}*${run.slice(k + 1)}`) ?? []));
      if (found.length > 0)
        addSpan(raw, {
          start: offsets[i]!,
          end: offsets[j + 1]!,
          text: run,
          candidates: candidatesOf(found, VARIANT_PENALTY, false),
          via: 'variant',
        });
    }
  }
}

/** Non-overlapping spans: longest first, then the most confident, then the earliest; merged readings of one span. */
function selectSpans(raw: RawSpan[]): Span[] {
  const merged = new Map<string, RawSpan>();
  for (const span of raw) {
    const key = `${span.start}:${span.end}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, span);
    else if (span.via === 'exact' || seen.via !== 'exact') {
      const candidates = [...seen.candidates];
      for (const candidate of span.candidates)
        if (!candidates.some((other) => other.kind === candidate.kind && other.id === candidate.id)) candidates.push(candidate);
      candidates.sort((a, b) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
      merged.set(key, { ...seen, candidates, via: seen.via === 'exact' ? 'exact' : span.via, best: candidates[0]!.score });
    }
  }
  const ordered = [...merged.values()].sort((a, b) => b.end - b.start - (a.end - a.start) || b.best - a.best || a.start - b.start);
  const chosen: RawSpan[] = [];
  for (const span of ordered) {
    if (chosen.some((other) => span.start < other.end && other.start < span.end)) continue;
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start).map(({ best: _best, ...span }) => span);
}
