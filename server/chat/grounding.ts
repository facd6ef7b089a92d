/**
 * The numeric grounding check: every number in an answer must match a number in that turn's tool
 * outputs, tolerating rounding and the percentage/fraction forms (62% vs 0.62, 3.3% vs 0.033).
 * Numbers that are not figures (citation markers, ISCO codes, years, list numbering, study and model
 * names, gradient numbers, counts the user asked for) are recognised and reported as excluded.
 */

export interface GroundingResult {
  numbers: number;
  verified: number;
  unverified: string[];
  excluded: { text: string; reason: string }[];
}

interface FoundNumber {
  text: string;
  value: number;
  decimals: number;
  index: number;
}

// A number: digits with optional thousands separators and decimals, not part of a name (WP96, GPT-4o,
// ISCO-08). Signs are compared away: "fell by 0.05" and a change of -0.05 are the same figure.
// Only Latin letters glue: Chinese writes figures straight after characters ("有4.7%").
const NUMBER = /(?<![\p{Script=Latin}\d.,])(?<!\p{Script=Latin}-)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[\p{Script=Latin}])/gu;

function findNumbers(text: string): FoundNumber[] {
  const normalised = text.normalize('NFKC');
  return [...normalised.matchAll(NUMBER)].map((match) => {
    const raw = match[0];
    const decimals = raw.includes('.') ? raw.split('.')[1]!.length : 0;
    return { text: raw, value: Number(raw.replace(/,/g, '')), decimals, index: match.index! };
  });
}

/** Why a number in the answer is not a figure, or null if it is one. */
/**
 * "The 5 most exposed occupations", "最高的 5 個職業": a number from the question may go unchecked only
 * where it counts the ranked items listed. Elsewhere ("99% of bookkeepers", "99 of 100 clerks") the answer
 * asserts it, and it must be backed like any other figure, whoever wrote it first.
 */
const RANKING_AFTER =
  /^\s*(?:most|least|highest|lowest|largest|smallest|occupations\b[^.\n]{0,60}\b(?:most|least)|countries with the (?:highest|lowest))\b/i;
const RANKING_BEFORE = /(?:\btop|最高的|最低的|最大的|最小的|前)\s*$/i;

function isRankingCount(text: string, found: FoundNumber): boolean {
  const before = text.slice(Math.max(0, found.index - 12), found.index);
  const after = text.slice(found.index + found.text.length, found.index + found.text.length + 90);
  return RANKING_BEFORE.test(before) || RANKING_AFTER.test(after);
}

function exclusionReason(text: string, found: FoundNumber, codes: ReadonlySet<string>, asked: ReadonlySet<number>): string | null {
  const before = text.slice(Math.max(0, found.index - 24), found.index);
  const after = text.slice(found.index + found.text.length, found.index + found.text.length + 6);
  if (/\[$/.test(before) && /^\]/.test(after)) return 'citation marker';
  if (/(^|\n)\s*(?:[-*]\s*)?$/.test(before) && /^[.)、]\s/.test(after)) return 'list numbering';
  if (/(gradients?|梯度|第)\s*$/i.test(before) || /^\s*梯度/.test(after) || /gradients?\s+\d\s*[-–]\s*$/i.test(before))
    return 'gradient name';
  if (/ISCO(?:-08)?\s*(?:code\s*)?$/i.test(before) || (found.decimals === 0 && codes.has(found.text))) return 'ISCO code';
  if (found.decimals === 0 && /^\d{4}$/.test(found.text) && found.value >= 1990 && found.value <= 2035 && !/^[\s]*%/.test(after))
    return 'year';
  if (/(#|rank\s*)$/i.test(before)) return 'rank';
  if (found.decimals === 0 && asked.has(found.value) && isRankingCount(text, found)) return 'count asked for';
  return null;
}

/** Every number in the tool outputs: numeric values, and numbers written inside strings (finding texts). */
function numbersInOutputs(outputs: readonly unknown[]): number[] {
  const values: number[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'number' && Number.isFinite(value)) values.push(value);
    else if (typeof value === 'string') for (const found of findNumbers(value)) values.push(found.value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  outputs.forEach(visit);
  return values;
}

/** ISCO codes appearing in the outputs (any "code" field), so "(ISCO-08 4132)" or "4132" are not figures. */
function codesInOutputs(outputs: readonly unknown[]): Set<string> {
  const codes = new Set<string>();
  const visit = (value: unknown, key?: string) => {
    if (typeof value === 'string' && key && /code$/i.test(key) && /^\d{1,4}$/.test(value)) codes.add(value);
    else if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') for (const [childKey, child] of Object.entries(value)) visit(child, childKey);
  };
  for (const output of outputs) visit(output);
  return codes;
}

function matches(found: FoundNumber, isPercent: boolean, candidates: readonly number[]): boolean {
  const tolerance = 0.5 * 10 ** -found.decimals + 1e-9;
  return candidates.some((signed) => {
    const candidate = Math.abs(signed);
    return (
      Math.abs(found.value - candidate) <= tolerance ||
      // 62% written for 0.62, or 0.62 written for 62%.
      Math.abs(found.value - candidate * 100) <= tolerance ||
      (!isPercent && Math.abs(found.value * 100 - candidate) <= tolerance * 100)
    );
  });
}

export function checkGrounding(answer: string, toolOutputs: readonly unknown[], question = ''): GroundingResult {
  const candidates = numbersInOutputs(toolOutputs);
  const codes = codesInOutputs(toolOutputs);
  const asked = new Set(findNumbers(question).map((found) => found.value));
  const text = answer.normalize('NFKC');
  const result: GroundingResult = { numbers: 0, verified: 0, unverified: [], excluded: [] };
  for (const found of findNumbers(text)) {
    const reason = exclusionReason(text, found, codes, asked);
    if (reason) {
      result.excluded.push({ text: found.text, reason });
      continue;
    }
    result.numbers += 1;
    const isPercent = /^\s*(%|percent|per cent|個百分點|percentage points?)/i.test(text.slice(found.index + found.text.length));
    if (matches(found, isPercent, candidates)) result.verified += 1;
    else result.unverified.push(found.text);
  }
  return result;
}
