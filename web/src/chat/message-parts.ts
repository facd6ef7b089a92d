/** Reading a UI message as the chat stream builds it: answer text, tool calls, citations, grounding. */
import type { UIMessage } from 'ai';
import type {
  Citation,
  CompareOccupationsData,
  CountryData,
  CountryExposureData,
  EstimateBlock,
  EstimateValidation,
  Finding,
  GetOccupationData,
  Grounding,
  GroupData,
  GroupExposureData,
  PublishedFigure,
  RankCountriesData,
  RankOccupationsData,
  SearchFindingsData,
  Task,
  ToolOutput,
  Wp96Score,
  Wp140Score,
} from './tool-types.ts';

type Part = UIMessage['parts'][number];

export interface ToolCall {
  id: string;
  name: string;
  state: string;
  output: ToolOutput | null;
  errorText?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function toolCallOf(part: Part): ToolCall | null {
  const raw = part as unknown as Record<string, unknown>;
  let name: string | null = null;
  if (part.type === 'dynamic-tool') name = typeof raw.toolName === 'string' ? raw.toolName : null;
  else if (part.type.startsWith('tool-')) name = part.type.slice('tool-'.length);
  if (!name) return null;
  const output =
    isRecord(raw.output) && 'data' in raw.output
      ? ({ data: raw.output.data, sources: Array.isArray(raw.output.sources) ? raw.output.sources : [] } as ToolOutput)
      : null;
  return {
    id: typeof raw.toolCallId === 'string' ? raw.toolCallId : name,
    name,
    state: typeof raw.state === 'string' ? raw.state : 'output-available',
    output,
    ...(typeof raw.errorText === 'string' ? { errorText: raw.errorText } : {}),
  };
}

export const toolCallsOf = (message: UIMessage): ToolCall[] =>
  message.parts.map(toolCallOf).filter((call): call is ToolCall => call !== null);

/** The answer as streamed: the text parts of every step, in order. */
export const textOf = (message: UIMessage): string =>
  message.parts
    .filter((part): part is Extract<Part, { type: 'text' }> => part.type === 'text')
    .map((part) => part.text)
    .join('\n\n')
    .trim();

function dataOf<T>(message: UIMessage, type: string): T[] {
  return message.parts.filter((part) => part.type === type).map((part) => (part as unknown as { data: T }).data);
}

export function groundingOf(message: UIMessage): Grounding | null {
  const found = dataOf<Grounding>(message, 'data-grounding').at(-1);
  return found && Array.isArray(found.unverified) ? found : null;
}

export const noticesOf = (message: UIMessage): string[] =>
  dataOf<{ message?: unknown }>(message, 'data-notice')
    .map((notice) => (typeof notice?.message === 'string' ? notice.message : ''))
    .filter(Boolean);

/** What the reader should see as the answer: the repaired text when the grounding check rewrote it. */
export function displayedAnswer(message: UIMessage): { text: string; draft: string | null } {
  const streamed = textOf(message);
  const repaired = groundingOf(message)?.repairedAnswer;
  return repaired ? { text: repaired, draft: streamed && streamed !== repaired ? streamed : null } : { text: streamed, draft: null };
}

/**
 * The numbered sources of one answer. Tool outputs carry them already numbered (so markers work while the
 * answer streams); the final data-citations part and source-document parts complete them.
 */
export function citationsOf(message: UIMessage): Map<number, Citation> {
  const byNumber = new Map<number, Citation>();
  const add = (citation: Partial<Citation> | undefined) => {
    if (!citation || typeof citation.n !== 'number' || typeof citation.id !== 'string') return;
    byNumber.set(citation.n, { ...byNumber.get(citation.n), ...(citation as Citation) });
  };
  for (const call of toolCallsOf(message)) for (const source of call.output?.sources ?? []) add(source);
  for (const part of message.parts) {
    if (part.type !== 'source-document') continue;
    const meta = (
      part.providerMetadata as
        | {
            citation?: {
              n?: number;
              kind?: Citation['kind'];
              locator?: string;
              url?: string | null;
              sourceClass?: Citation['sourceClass'] | null;
            };
          }
        | undefined
    )?.citation;
    if (!meta || typeof meta.n !== 'number' || byNumber.has(meta.n)) continue;
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
  for (const list of dataOf<Citation[]>(message, 'data-citations')) if (Array.isArray(list)) list.forEach(add);
  return new Map([...byNumber.entries()].sort(([a], [b]) => a - b));
}

/** The citation numbers the answer text refers to with [n], in number order. */
export function citedNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(/\[(\d{1,3})\]/g)].map((match) => Number(match[1])))].sort((a, b) => a - b);
}

export type SourceDetail =
  | {
      type: 'occupation';
      occupation: {
        code: string;
        title: string;
        wp96: Wp96Score | null;
        wp140: Wp140Score | null;
        change: number | null;
        tasks: Task[];
        note?: string;
      };
    }
  | { type: 'group'; group: Omit<GroupData, 'kind' | 'level'> }
  | { type: 'finding'; finding: Finding }
  | { type: 'figure'; figure: PublishedFigure }
  | {
      type: 'estimate';
      area: string;
      estimate: EstimateBlock | null;
      measureLabel?: string;
      method: string;
      description: string;
      validation: EstimateValidation;
    }
  | { type: 'country'; country: CountryData };

/** The data row or finding behind one citation, found in that message's tool outputs by source id. */
export function sourceDetail(message: UIMessage, citation: Pick<Citation, 'id'>): SourceDetail | null {
  const calls = toolCallsOf(message).filter((call) => call.output);
  const outputs = <T>(name: string) => calls.filter((call) => call.name === name).map((call) => call.output!.data as T);
  const [kind, key] = citation.id.includes(':')
    ? [citation.id.slice(0, citation.id.indexOf(':')), citation.id.slice(citation.id.indexOf(':') + 1)]
    : ['source', citation.id];

  if (kind === 'occupation') {
    const full = outputs<GetOccupationData>('getOccupation').find((data) => data?.kind === 'occupation' && data.code === key);
    if (full && full.kind === 'occupation') return { type: 'occupation', occupation: { ...full, tasks: full.tasks ?? [] } };
    for (const data of outputs<CompareOccupationsData>('compareOccupations')) {
      const item = data?.items?.find((candidate) => candidate.code === key);
      if (item) return { type: 'occupation', occupation: { ...item, tasks: item.topTasks ?? [] } };
    }
    for (const data of outputs<RankOccupationsData>('rankOccupations')) {
      const item = data?.items?.find((candidate) => candidate.code === key);
      if (item) return { type: 'occupation', occupation: { ...item, tasks: [] } };
    }
  }
  if (kind === 'finding') {
    for (const data of outputs<SearchFindingsData>('searchFindings')) {
      const finding = data?.items?.find((item) => item.id === key);
      if (finding) return { type: 'finding', finding };
    }
  }
  if (kind === 'figure') {
    const figures = [
      ...outputs<GroupExposureData>('groupExposure').flatMap((data) => data?.figures ?? []),
      ...outputs<CountryExposureData>('countryExposure').flatMap((data) =>
        data?.kind === 'country' ? (data.incomeGroupFigures ?? []) : [],
      ),
    ];
    const figure = figures.find((item) => item.id === key);
    if (figure) return { type: 'figure', figure };
  }
  if (kind === 'estimate') {
    const group = outputs<GroupExposureData>('groupExposure').find((data) => data?.population === key && data.estimate);
    if (group?.estimate)
      return {
        type: 'estimate',
        area: group.populationName,
        estimate: group.estimate,
        method: group.estimate.method,
        description: group.estimate.description,
        validation: group.estimate.validation,
      };
    const country = outputs<CountryExposureData>('countryExposure').find(
      (data): data is CountryData => data?.kind === 'country' && data.iso3 === key,
    );
    if (country?.estimate)
      return {
        type: 'estimate',
        area: country.name,
        estimate: country.estimate,
        method: country.estimate.method,
        description: country.estimate.description,
        validation: country.estimate.validation,
      };
    const ranked = outputs<RankCountriesData>('rankCountries').find((data) => data?.kind === 'estimate');
    if (ranked && key === 'countries')
      return {
        type: 'estimate',
        area: '',
        estimate: null,
        measureLabel: ranked.measureLabel,
        method: ranked.method,
        description: ranked.description,
        validation: ranked.validation,
      };
  }
  if (kind === 'country') {
    const country = outputs<CountryExposureData>('countryExposure').find(
      (data): data is CountryData => data?.kind === 'country' && data.iso3 === key,
    );
    if (country) return { type: 'country', country };
  }
  // A publication cited for an ISCO group's distribution (getOccupation on a 1-3 digit code, groupExposure's major group).
  for (const call of calls) {
    const data = call.output!.data as GetOccupationData;
    if (call.name === 'getOccupation' && data?.kind === 'group' && call.output!.sources[0]?.id === citation.id)
      return { type: 'group', group: data };
  }
  for (const data of outputs<GroupExposureData>('groupExposure')) {
    if (data?.majorGroup && citation.id === 'ilo-genai-scores-2025') return { type: 'group', group: data.majorGroup };
  }
  return null;
}
