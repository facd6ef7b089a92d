/** Sector answers: a sector's estimate in a country or region with what drives it, sectors ranked, a sector's occupations ranked. */
import type { Language } from '../../domain/language.ts';
import { join, percent } from './compose-subjects.ts';
import { phrase } from './phrases.ts';
import { cite, type OutputOf } from './tool-outcomes.ts';

type Exposure = Extract<OutputOf<'sectorExposure'>['data'], { kind: 'sector_exposure' }>;
type NoData = Extract<OutputOf<'sectorExposure'>['data'], { kind: 'no_sector_data' }>;

const value = (measure: { sharePercent: number | null } | undefined) =>
  measure?.sharePercent == null ? '—' : `${percent(measure.sharePercent)}%`;

function noSectorData(data: NoData, language: Language): string {
  const areas = data.areasWithData
    .slice(0, 6)
    .map((area: { name: string }) => area.name)
    .join(language === 'zh-TW' ? '、' : ', ');
  return phrase(language, 'noSectorData', { name: data.area.name, areas });
}

/** One sector in one area: the estimate (labelled), its coverage and caveats, and the occupations behind it. */
export function sectorBlock(result: OutputOf<'sectorExposure'>, language: Language): string {
  const data = result.data;
  if (data.kind === 'no_sector_data') return noSectorData(data as NoData, language);
  if (data.kind !== 'sector_exposure') return phrase(language, 'sectorNotFound');
  const exposure = data as Exposure;
  const measure = (key: string) => exposure.measures.find((item) => item.measure === key);
  const source = cite(result, ...result.sources.map((ref) => ref.id));
  const drivers = exposure.drivers
    .slice(0, 5)
    .map(
      (driver) =>
        `- ${driver.title}${driver.level === 'major_group' ? ` (ISCO-08 ${driver.code})` : ` (SOC ${driver.code})`}: ${phrase(language, 'driverLine', { workers: Math.round(driver.employmentThousands), share: percent(driver.sharePercent) })}${driver.topTasks[0] ? ` ${phrase(language, 'driverTask', { task: driver.topTasks[0].text.replace(/[;.]\s*$/, ''), score: driver.topTasks[0].score2025.toFixed(2) })}` : ''}`,
    );
  return join(
    phrase(language, 'sectorHeader', {
      label: exposure.label,
      sector: exposure.sector.title,
      area: exposure.area.name,
      exposed: value(measure('wp140_exposed')),
      g4: value(measure('wp140_gradient_4')),
      automation: value(measure('wp96_automation')),
      augmentation: value(measure('wp96_augmentation')),
      cite: source,
    }),
    drivers.length > 0 && `${phrase(language, 'sectorDrivers')}\n${drivers.join('\n')}`,
    phrase(language, 'sectorCoverage', {
      scored: percent(exposure.coverage.scoredPercent ?? 0),
      published: exposure.coverage.publishedPercent == null ? '—' : percent(exposure.coverage.publishedPercent),
    }),
    exposure.caveats.map((caveat) => `_${caveat.text}_`).join(' '),
  );
}

export function sectorRankingBlock(result: OutputOf<'rankSectors'>, language: Language): string {
  const data = result.data;
  if (data.kind === 'no_sector_data') return noSectorData(data as NoData, language);
  if (data.kind !== 'sector_ranking') return phrase(language, 'sectorNotFound');
  const header = `| # | ${phrase(language, 'columnSector')} | % | ${phrase(language, 'columnWorkers')} |\n|---|---|---|---|`;
  const rows = data.items.map(
    (item) =>
      `| ${item.rank} | ${item.naics ? `${item.naics.title} (NAICS ${item.naics.code})` : `${item.title} (${item.section})`} | ${percent(item.sharePercent)}% | ${Math.round(item.exposedThousands)} |`,
  );
  return join(
    `${phrase(language, 'sectorRankIntro', { label: data.label, area: data.area.name, measure: data.measureLabel, direction: phrase(language, data.order === 'asc' ? 'lowest' : 'highest'), by: phrase(language, data.by === 'workers' ? 'byWorkers' : 'byShare') })} ${cite(result, ...result.sources.map((ref) => ref.id))}`,
    [header, ...rows].join('\n'),
    data.caveats.map((caveat) => `_${caveat.text}_`).join(' '),
  );
}

export function sectorOccupationsBlock(result: OutputOf<'rankSectorOccupations'>, language: Language): string {
  const data = result.data;
  if (data.kind === 'no_sector_data') return noSectorData(data as NoData, language);
  if (data.kind !== 'sector_occupations') return phrase(language, 'sectorNotFound');
  const rows = data.items.map(
    (item) =>
      `${item.rank}. ${item.title}${item.level === 'major_group' ? ` (ISCO-08 ${item.code})` : ` (SOC ${item.code})`}: ${phrase(language, 'driverLine', { workers: Math.round(item.employmentThousands), share: percent(item.sharePercent) })}${item.topTasks[0] ? ` ${phrase(language, 'driverTask', { task: item.topTasks[0].text.replace(/[;.]\s*$/, ''), score: item.topTasks[0].score2025.toFixed(2) })}` : ''}`,
  );
  return join(
    `${phrase(language, 'sectorOccupationsIntro', { label: data.label, sector: data.sector.title, area: data.area.name, share: value(data.sectorEstimate) })} ${cite(result, ...result.sources.map((ref) => ref.id))}`,
    rows.join('\n'),
    data.caveats.map((caveat) => `_${caveat.text}_`).join(' '),
  );
}
