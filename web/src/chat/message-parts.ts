/** Reading a chat message as the stream builds it: answer text, tool calls, citations, grounding. */
import type { ChatMessage, Citation, Grounding, PublishedFigure, ToolData, ToolName } from '../api/types.ts';

type Part = ChatMessage['parts'][number];
type ToolPart = Extract<Part, { toolCallId: string }>;

/**
 * One finished or running tool call. `data` is null until the output arrives, and in conversations
 * saved with their tool data left out to fit the request size (chat/request-size.ts); the sources stay.
 */
export type ToolCall = {
  [Name in ToolName]: {
    id: string;
    name: Name;
    state: ToolPart['state'];
    data: ToolData<Name> | null;
    sources: Citation[];
    errorText?: string;
  };
}[ToolName];

function toolCallOf(part: Part): ToolCall | null {
  if (!part.type.startsWith('tool-') || !('toolCallId' in part)) return null;
  const output = part.state === 'output-available' ? (part.output as ToolCall | undefined) : undefined;
  // The part's type names the tool, and its output is that tool's: TypeScript cannot follow the pairing.
  return {
    id: part.toolCallId,
    name: part.type.slice('tool-'.length),
    state: part.state,
    data: output?.data ?? null,
    sources: output?.sources ?? [],
    ...(part.state === 'output-error' ? { errorText: part.errorText } : {}),
  } as ToolCall;
}

export const toolCallsOf = (message: ChatMessage): ToolCall[] =>
  message.parts.map(toolCallOf).filter((call): call is ToolCall => call !== null);

/** The outputs of every call to one tool in a message. */
function dataOf<Name extends ToolName>(calls: ToolCall[], name: Name): ToolData<Name>[] {
  return calls.flatMap((call) => (call.name === name && call.data ? [call.data as ToolData<Name>] : []));
}

/** The answer as streamed: the text parts of every step, in order. */
export const textOf = (message: ChatMessage): string =>
  message.parts
    .filter((part) => part.type === 'text')
    .map((part) => part.text)
    .join('\n\n')
    .trim();

export function groundingOf(message: ChatMessage): Grounding | null {
  const found = message.parts.filter((part) => part.type === 'data-grounding').at(-1)?.data;
  return found && Array.isArray(found.unverified) ? found : null;
}

export const noticesOf = (message: ChatMessage): string[] =>
  message.parts.flatMap((part) => (part.type === 'data-notice' && typeof part.data.message === 'string' ? [part.data.message] : []));

/** What the reader should see as the answer: the repaired text when the grounding check rewrote it. */
export function displayedAnswer(message: ChatMessage): { text: string; draft: string | null } {
  const streamed = textOf(message);
  const repaired = groundingOf(message)?.repairedAnswer;
  return repaired ? { text: repaired, draft: streamed && streamed !== repaired ? streamed : null } : { text: streamed, draft: null };
}

/**
 * The numbered sources of one answer. Tool outputs carry them already numbered (so markers work while the
 * answer streams); the final data-citations part and source-document parts complete them.
 */
export function citationsOf(message: ChatMessage): Map<number, Citation> {
  const byNumber = new Map<number, Citation>();
  const add = (citation: Citation) => {
    if (typeof citation.n === 'number' && typeof citation.id === 'string')
      byNumber.set(citation.n, { ...byNumber.get(citation.n), ...citation });
  };
  for (const call of toolCallsOf(message)) call.sources.forEach(add);
  for (const part of message.parts) {
    if (part.type !== 'source-document') continue;
    const meta = (part.providerMetadata?.citation ?? {}) as Partial<Citation> & {
      url?: string | null;
      sourceClass?: Citation['sourceClass'] | null;
    };
    if (typeof meta.n !== 'number' || byNumber.has(meta.n)) continue;
    add({
      n: meta.n,
      id: part.sourceId,
      kind: meta.kind ?? 'source',
      title: part.title,
      locator: meta.locator ?? part.filename ?? '',
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.sourceClass ? { sourceClass: meta.sourceClass } : {}),
    });
  }
  for (const part of message.parts) if (part.type === 'data-citations' && Array.isArray(part.data)) part.data.forEach(add);
  return new Map([...byNumber.entries()].sort(([a], [b]) => a - b));
}

/** The citation numbers the answer text refers to with [n], in number order. */
export function citedNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d{1,3})\]/g)].map((match) => Number(match[1])))].sort((a, b) => a - b);
}

type OccupationData = Extract<ToolData<'getOccupation'>, { kind: 'occupation' }>;
type CountryData = Extract<ToolData<'countryExposure'>, { kind: 'country' }>;
type RankedCountries = ToolData<'rankCountries'>;

/** What the source panel shows of an occupation: whatever the tool that cited it returned. */
export type OccupationDetail = Pick<OccupationData, 'code' | 'title' | 'wp140'> &
  Partial<Pick<OccupationData, 'wp96' | 'change' | 'note'>> & {
    tasks: { id: string; text: string; score2025: number; score2023: number | null }[];
  };
export type GroupDetail = NonNullable<ToolData<'groupExposure'>['majorGroup']>;

export type SourceDetail =
  | { type: 'occupation'; occupation: OccupationDetail }
  | { type: 'group'; group: GroupDetail }
  | { type: 'finding'; finding: ToolData<'searchFindings'>['items'][number] }
  | { type: 'figure'; figure: PublishedFigure }
  | { type: 'estimate'; area: string; estimate: NonNullable<CountryData['estimate']> }
  | { type: 'ranking-estimate'; ranking: RankedCountries }
  | { type: 'country'; country: CountryData };

const isCountry = (data: ToolData<'countryExposure'>): data is CountryData => data.kind === 'country';

/** The data row or finding behind one citation, found in that message's tool outputs by source id. */
export function sourceDetail(message: ChatMessage, citation: Pick<Citation, 'id'>): SourceDetail | null {
  const calls = toolCallsOf(message);
  const separator = citation.id.indexOf(':');
  const [kind, key] = separator === -1 ? ['source', citation.id] : [citation.id.slice(0, separator), citation.id.slice(separator + 1)];
  const countries = dataOf(calls, 'countryExposure').filter(isCountry);

  if (kind === 'occupation') {
    const full = dataOf(calls, 'getOccupation').find((data): data is OccupationData => data.kind === 'occupation' && data.code === key);
    if (full) return { type: 'occupation', occupation: full };
    const compared = dataOf(calls, 'compareOccupations')
      .flatMap((data) => data.items)
      .find((item) => item.code === key);
    if (compared) return { type: 'occupation', occupation: { ...compared, tasks: compared.topTasks } };
    const ranked = dataOf(calls, 'rankOccupations')
      .flatMap((data) => data.items)
      .find((item) => item.code === key);
    if (ranked) return { type: 'occupation', occupation: { ...ranked, tasks: [] } };
    const matched = dataOf(calls, 'searchTasks')
      .flatMap((data) => data.items)
      .find((item) => item.code === key);
    if (matched) return { type: 'occupation', occupation: matched };
  }
  if (kind === 'finding') {
    const finding = dataOf(calls, 'searchFindings')
      .flatMap((data) => data.items)
      .find((item) => item.id === key);
    if (finding) return { type: 'finding', finding };
  }
  if (kind === 'figure') {
    const figure = [
      ...dataOf(calls, 'groupExposure').flatMap((data) => data.figures),
      ...countries.flatMap((data) => data.incomeGroupFigures),
    ].find((item) => item.id === key);
    if (figure) return { type: 'figure', figure };
  }
  if (kind === 'estimate') {
    const group = dataOf(calls, 'groupExposure').find((data) => data.population === key && data.estimate);
    if (group?.estimate) return { type: 'estimate', area: group.populationName, estimate: group.estimate };
    const country = countries.find((data) => data.iso3 === key);
    if (country?.estimate) return { type: 'estimate', area: country.name, estimate: country.estimate };
    const ranking = dataOf(calls, 'rankCountries')[0];
    if (ranking && key === 'countries') return { type: 'ranking-estimate', ranking };
  }
  if (kind === 'country') {
    const country = countries.find((data) => data.iso3 === key);
    if (country) return { type: 'country', country };
  }
  // A publication cited for an ISCO group's distribution (getOccupation on a 1-3 digit code, groupExposure's major group).
  for (const call of calls) {
    if (call.name === 'getOccupation' && call.data?.kind === 'group' && call.sources[0]?.id === citation.id)
      return { type: 'group', group: call.data };
  }
  const majorGroup = dataOf(calls, 'groupExposure').find((data) => data.majorGroup)?.majorGroup;
  if (majorGroup && citation.id === 'ilo-genai-scores-2025') return { type: 'group', group: majorGroup };
  return null;
}
