/** The components under an answer: one per finished tool call (resolveOccupation only feeds the others). */
import { useLanguage } from '../i18n/language.tsx';
import type { OpenCitation } from './answer-markdown.tsx';
import { CountryCard, GroupFigures, RankedCountries } from './area-results.tsx';
import { FindingsList } from './findings-list.tsx';
import type { ToolCall } from './message-parts.ts';
import { ComparisonTable, GroupCard, OccupationCard, RankedOccupations } from './occupation-results.tsx';
import type {
  CompareOccupationsData,
  CountryExposureData,
  GetOccupationData,
  GroupExposureData,
  RankCountriesData,
  RankOccupationsData,
  SearchFindingsData,
} from './tool-types.ts';

function ToolResult({ call, onCite }: { call: ToolCall; onCite: OpenCitation }) {
  const data = call.output?.data as Record<string, unknown> | null | undefined;
  if (!data || typeof data !== 'object') return null;
  switch (call.name) {
    case 'getOccupation': {
      const value = data as unknown as GetOccupationData;
      if (value.kind === 'occupation') return <OccupationCard data={value} />;
      if (value.kind === 'group') return <GroupCard data={value} />;
      return null;
    }
    case 'rankOccupations':
      return Array.isArray(data.items) && data.items.length > 0 ? (
        <RankedOccupations data={data as unknown as RankOccupationsData} />
      ) : null;
    case 'compareOccupations':
      return Array.isArray(data.items) && data.items.length > 0 ? (
        <ComparisonTable data={data as unknown as CompareOccupationsData} />
      ) : null;
    case 'groupExposure':
      return <GroupFigures data={data as unknown as GroupExposureData} />;
    case 'countryExposure': {
      const value = data as unknown as CountryExposureData;
      return value.kind === 'country' ? <CountryCard data={value} /> : null;
    }
    case 'rankCountries':
      return Array.isArray(data.items) && data.items.length > 0 ? <RankedCountries data={data as unknown as RankCountriesData} /> : null;
    case 'searchFindings':
      return <FindingsList data={data as unknown as SearchFindingsData} sources={call.output?.sources ?? []} onCite={onCite} />;
    default:
      return null;
  }
}

export function ToolResults({ calls, onCite }: { calls: ToolCall[]; onCite: OpenCitation }) {
  const { t } = useLanguage();
  const failed = calls.filter((call) => call.state === 'output-error');
  const done = calls.filter((call) => call.state === 'output-available' && call.output);
  if (failed.length === 0 && done.length === 0) return null;
  return (
    <div className="tool-results">
      {failed.map((call) => (
        <p key={call.id} className="note warn small">
          {t('chatToolFailed', { message: call.errorText ?? call.name })}
        </p>
      ))}
      {done.map((call) => (
        <ToolResult key={call.id} call={call} onCite={onCite} />
      ))}
    </div>
  );
}
