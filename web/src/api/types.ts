/**
 * The shapes the web reads, derived from the server's own types (type-only imports: nothing of the
 * server reaches the bundle): REST bodies from the routes through Hono's client, chat parts from the
 * tool registry. There are no hand-written copies to drift.
 */
import type { InferResponseType } from 'hono/client';
import type { ChatDataParts, ChatMessage, Cited } from '../../../server/chat/chat-message.ts';
import type { Citation } from '../../../server/chat/citations.ts';
import type { ToolName } from '../../../server/domain/tool-names.ts';
import type { ToolOutputs } from '../../../server/tools/registry.ts';
import type { api } from './client.ts';

export type { SourceRef } from '../../../server/domain/source-ref.ts';
export type { ChatMessage, Citation, ToolName };

type Get<Route extends { $get: (...args: never[]) => unknown }> = InferResponseType<Route['$get'], 200>;

// REST
type OccupationList = Get<typeof api.occupations>;
export type OccupationListItem = OccupationList['items'][number];
export type OccupationDetail = Get<(typeof api.occupations)[':code']>;
export type UnitGroup = Extract<OccupationDetail, { tasks: unknown }>;
export type IscoGroup = Exclude<OccupationDetail, UnitGroup>;
type CountryList = Get<typeof api.countries>;
export type CountryListItem = CountryList['items'][number];
export type CountryDetail = Get<(typeof api.countries)[':iso3']>;
export type Employment = NonNullable<CountryDetail['employment']>;
export type AreaEstimate = NonNullable<CountryDetail['estimate']>;
export type EstimateMethod = CountryList['estimateMethod'];
export type PublishedFigure = CountryDetail['incomeGroupFigures'][number];
export type Glossary = Get<typeof api.glossary>;
export type Sources = Get<typeof api.sources>;
export type Limits = Get<typeof api.limits>;
export type SavedConversation = Omit<Get<(typeof api.conversations)[':id']>, 'messages'> & { messages: ChatMessage[] };
export type ConversationSummary = Get<typeof api.conversations>['items'][number];
export type SectorRanking = Get<typeof api.sectors.ranking>;
export type SectorExposure = Get<(typeof api.sectors)[':section']>;
export type SectorOccupations = Get<(typeof api.sectors)[':section']['occupations']>;

// Chat
/** A tool's output as the chat holds it (sources numbered as citations). */
export type ToolOutput<Name extends ToolName> = Cited<ToolOutputs[Name]>;
export type ToolData<Name extends ToolName> = ToolOutput<Name>['data'];
export type Grounding = ChatDataParts['grounding'];
