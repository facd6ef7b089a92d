/** Sector answers: a sector's estimate in a country or region with what drives it, sectors ranked, a sector's occupations ranked. */
import type { Language } from '../../domain/language.ts';
import { join, percent, score, taskText } from './compose-subjects.ts';
import { phrase } from './phrases.ts';
import { cite, type OutputOf } from './tool-outcomes.ts';

type Exposure = Extract<OutputOf<'sectorExposure'>['data'], { kind: 'sector_exposure' }>;
type NoData = Extract<OutputOf<'sectorExposure'>['data'], { kind: 'no_sector_data' }>;

const value = (measure: { sharePercent: number | null } | undefined) =>
  measure?.sharePercent == null ? '—' : `${percent(measure.sharePercent)}%`;

/** An occupation in a sector: its workers, the share of them in the measure, and its most exposed task. */
function occupationLine(row: Exposure['drivers'][number] & { rank?: number }, language: Language): string {
  const code = row.level === 'major_group' ? `ISCO-08 ${row.code}` : `SOC ${row.code}`;
  const workers = phrase(language, 'driverLine', { workers: Math.round(row.employmentThousands), share: percent(row.sharePercent) });
  const task = row.topTasks[0];
  const topTask = task ? ` ${phrase(language, 'driverTask', { task: taskText(task.text), score: score(task.score2025) })}` : '';
  return `${row.rank === undefined ? '-' : `${row.rank}.`} ${row.title} (${code}): ${workers}${topTask}`;
}

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
  const drivers = exposure.drivers.slice(0, 5).map((driver) => occupationLine(driver, language));
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
  const rows = data.items.map((item) => {
    const name = item.naics ? `${item.naics.title} (NAICS ${item.naics.code})` : `${item.title} (${item.section})`;
    return `| ${item.rank} | ${name} | ${percent(item.sharePercent)}% | ${Math.round(item.exposedThousands)} |`;
  });
  const intro = phrase(language, 'sectorRankIntro', {
    label: data.label,
    area: data.area.name,
    measure: data.measureLabel,
    direction: phrase(language, data.order === 'asc' ? 'lowest' : 'highest'),
    by: phrase(language, data.by === 'workers' ? 'byWorkers' : 'byShare'),
  });
  return join(
    `${intro} ${cite(result, ...result.sources.map((ref) => ref.id))}`,
    [header, ...rows].join('\n'),
    data.caveats.map((caveat) => `_${caveat.text}_`).join(' '),
  );
}

export function sectorOccupationsBlock(result: OutputOf<'rankSectorOccupations'>, language: Language): string {
  const data = result.data;
  if (data.kind === 'no_sector_data') return noSectorData(data as NoData, language);
  if (data.kind !== 'sector_occupations') return phrase(language, 'sectorNotFound');
  const rows = data.items.map((item) => occupationLine(item, language));
  const intro = phrase(language, 'sectorOccupationsIntro', {
    label: data.label,
    sector: data.sector.title,
    area: data.area.name,
    share: value(data.sectorEstimate),
  });
  return join(
    `${intro} ${cite(result, ...result.sources.map((ref) => ref.id))}`,
    rows.join('\n'),
    data.caveats.map((caveat) => `_${caveat.text}_`).join(' '),
  );
}
