/**
 * Sector estimates recomputed by hand from raw rows (test/fixtures/sectors) and the ILO scores, without
 * any of the build or server code: the method as knowledge/data/README.md states it, written out plainly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { KNOWLEDGE_DIR, ROOT_DIR } from '../../server/paths.ts';

export const FIXTURES_DIR = join(ROOT_DIR, 'test/fixtures/sectors');
const rows = (path: string) => parse(readFileSync(path, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
const knowledge = (file: string) => rows(join(KNOWLEDGE_DIR, 'data', file));
const fixture = (file: string) => rows(join(FIXTURES_DIR, file));

export const MEASURES = ['wp140_exposed', 'wp140_gradient_4', 'wp96_automation', 'wp96_augmentation'] as const;
type Measure = (typeof MEASURES)[number];
export type HandResult = Record<Measure, { sharePercent: number; exposedThousands: number }>;

const occupations = knowledge('occupations.csv').filter((row) => row.scored === 'true');
const inMeasure: Record<Measure, (row: Record<string, string>) => boolean> = {
  wp140_exposed: (row) => row.wp140_exposure!.startsWith('gradient_'),
  wp140_gradient_4: (row) => row.wp140_exposure === 'gradient_4',
  wp96_automation: (row) => row.wp96_category === 'automation',
  wp96_augmentation: (row) => row.wp96_category === 'augmentation',
};

/** Each major group's weighted share of scored unit groups in the measure, with the country estimates' selected weights. */
function groupShares(): Map<string, Record<Measure, number>> {
  const method = knowledge('estimate-methods.csv').find((row) => row.selected === 'true')!.method;
  const escoTitles = new Map<string, number>();
  for (const row of knowledge('occupation-labels.csv')) escoTitles.set(row.isco08_code!, (escoTitles.get(row.isco08_code!) ?? 0) + 1);
  const weight = (code: string) => (method === 'esco_weighted' ? Math.max(1, escoTitles.get(code) ?? 0) : 1);
  const shares = new Map<string, Record<Measure, number>>();
  for (const group of '123456789') {
    const members = occupations.filter((row) => row.isco08_code!.startsWith(group));
    const total = members.reduce((sum, row) => sum + weight(row.isco08_code!), 0);
    const share = {} as Record<Measure, number>;
    for (const measure of MEASURES)
      share[measure] = members.filter(inMeasure[measure]).reduce((sum, row) => sum + weight(row.isco08_code!), 0) / total;
    shares.set(group, share);
  }
  return shares; // group 0 (armed forces) has no scored unit group: it is left out
}

function result(cells: { thousands: number; scored: number; inMeasure: Record<Measure, number> }[]): HandResult {
  const scored = cells.reduce((sum, cell) => sum + cell.thousands * cell.scored, 0);
  const out = {} as HandResult;
  for (const measure of MEASURES) {
    const exposed = cells.reduce((sum, cell) => sum + cell.thousands * cell.inMeasure[measure], 0);
    out[measure] = { sharePercent: (exposed / scored) * 100, exposedThousands: exposed };
  }
  return out;
}

/** Europe (Eurostat geo code, NACE section) or the Philippines ("PHL", ISIC section), from major-group cells. */
export function handMajorGroupSector(area: string, section: string): HandResult {
  const shares = groupShares();
  const cells =
    area === 'PHL'
      ? fixture('ilostat-phl-excerpt.csv')
          .filter((row) => row.isic4_section === section && row.isco08_major !== 'TOTAL')
          .map((row) => ({ group: row.isco08_major!, value: row.employed_thousands! }))
      : fixture('eurostat-lfsa-eisn2-excerpt.csv')
          .filter((row) => row.geo === area && row.nace_r2_section === section && row.year === '2024')
          .map((row) => ({ group: row.isco08_major!, value: row.employed_thousands! }));
  return result(
    cells
      .filter((cell) => cell.value !== '' && shares.has(cell.group))
      .map((cell) => {
        const share = shares.get(cell.group)!;
        return { thousands: Number(cell.value), scored: 1, inMeasure: share };
      }),
  );
}

/** OEWS codes that stand for several SOC 2018 occupations (from the OEWS list), for those NAICS 52 uses. */
const OEWS_COMBINED: Record<string, string[]> = {
  '13-1020': ['13-1021', '13-1022', '13-1023'],
  '13-2020': ['13-2022', '13-2023'],
  '21-1018': ['21-1011', '21-1014'],
  '29-2010': ['29-2011', '29-2012'],
  '31-1120': ['31-1121', '31-1122'],
  '53-1047': ['53-1042', '53-1043', '53-1044', '53-1049'],
};

/** The United States, NAICS 52, from detailed occupations: equal splits along SOC 2018 -> 2010 -> ISCO-08. */
export function handUsFinance(): HandResult {
  const from2018 = new Map<string, Set<string>>();
  for (const row of fixture('soc-2010-to-2018-excerpt.csv')) {
    if (!from2018.has(row['2018 SOC Code']!)) from2018.set(row['2018 SOC Code']!, new Set());
    from2018.get(row['2018 SOC Code']!)!.add(row['2010 SOC Code']!);
  }
  const isco = new Map<string, string[]>();
  for (const row of fixture('isco-soc-2010-excerpt.csv')) {
    const soc = row['2010 SOC Code']!.trim();
    isco.set(soc, [...(isco.get(soc) ?? []), row['ISCO-08 Code']!.trim()]);
  }
  const scores = new Map(occupations.map((row) => [row.isco08_code!, row]));
  const allUnitGroups = knowledge('occupations.csv').map((row) => row.isco08_code!);
  const cells = fixture('bls-oews-naics-52-excerpt.csv')
    .filter((row) => row.O_GROUP === 'detailed' && row.TOT_EMP !== '**')
    .map((row) => {
      const weights = new Map<string, number>();
      const socs2018 = OEWS_COMBINED[row.OCC_CODE!] ?? [row.OCC_CODE!];
      for (const soc2018 of socs2018) {
        const socs2010 = [...from2018.get(soc2018)!];
        for (const soc2010 of socs2010) {
          const matches = isco.get(soc2010)!;
          for (const match of matches) {
            const units = match.length === 4 ? [match] : allUnitGroups.filter((code) => code.startsWith(match));
            for (const unit of units)
              weights.set(unit, (weights.get(unit) ?? 0) + 1 / socs2018.length / socs2010.length / matches.length / units.length);
          }
        }
      }
      const scored = [...weights].filter(([unit]) => scores.has(unit));
      const scoredWeight = scored.reduce((sum, [, weight]) => sum + weight, 0);
      const share = {} as Record<Measure, number>;
      for (const measure of MEASURES)
        share[measure] = scored.filter(([unit]) => inMeasure[measure](scores.get(unit)!)).reduce((sum, [, weight]) => sum + weight, 0);
      return { thousands: Number(row.TOT_EMP) / 1000, scored: scoredWeight, inMeasure: share };
    });
  return result(cells);
}
