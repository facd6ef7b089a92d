/** The components under an answer: one per finished tool call (resolveOccupation only feeds the others). */
import { useLanguage } from '../i18n/language.tsx';
import type { OpenCitation } from './answer-markdown.tsx';
import { CountryCard, GroupFigures, RankedCountries } from './area-results.tsx';
import { Definitions } from './definition-results.tsx';
import { FindingsList } from './findings-list.tsx';
import type { ToolCall } from './message-parts.ts';
import { ComparisonTable, GroupCard, OccupationCard, RankedOccupations } from './occupation-results.tsx';
import { RankedSectors, SectorCard, SectorOccupationsCard } from './sector-results.tsx';
import { TaskMatches } from './task-results.tsx';

function ToolResult({ call, onCite }: { call: ToolCall; onCite: OpenCitation }) {
  if (!call.data) return null;
  switch (call.name) {
    case 'getOccupation':
      if (call.data.kind === 'occupation') return <OccupationCard data={call.data} />;
      return call.data.kind === 'group' ? <GroupCard data={call.data} /> : null;
    case 'rankOccupations':
      return call.data.items.length > 0 ? <RankedOccupations data={call.data} /> : null;
    case 'compareOccupations':
      return call.data.items.length > 0 ? <ComparisonTable data={call.data} /> : null;
    case 'searchTasks':
      return call.data.items.length > 0 ? <TaskMatches data={call.data} /> : null;
    case 'groupExposure':
      return <GroupFigures data={call.data} />;
    case 'countryExposure':
      return call.data.kind === 'country' ? <CountryCard data={call.data} /> : null;
    case 'rankCountries':
      return call.data.items.length > 0 ? <RankedCountries data={call.data} /> : null;
    case 'searchFindings':
      return <FindingsList data={call.data} sources={call.sources} onCite={onCite} />;
    case 'sectorExposure':
      return call.data.kind === 'sector_exposure' ? <SectorCard data={call.data} /> : null;
    case 'rankSectors':
      return call.data.kind === 'sector_ranking' && call.data.items.length > 0 ? <RankedSectors data={call.data} /> : null;
    case 'rankSectorOccupations':
      return call.data.kind === 'sector_occupations' && call.data.items.length > 0 ? <SectorOccupationsCard data={call.data} /> : null;
    case 'defineTerms':
      return call.data.glossary.length + call.data.labels.length > 0 ? <Definitions data={call.data} /> : null;
    // Feeds the others.
    case 'resolveOccupation':
      return null;
  }
}

export function ToolResults({ calls, onCite }: { calls: ToolCall[]; onCite: OpenCitation }) {
  const { t } = useLanguage();
  const failed = calls.filter((call) => call.state === 'output-error');
  const done = calls.filter((call) => call.state === 'output-available' && call.data);
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
