/** Europe as a heat map: every country of a region × every section, the estimate's share as colour and number. */
import { useId } from 'react';
import { Link } from 'react-router';
import type { EstimateMeasure } from '../../../server/domain/country-estimate.ts';
import { api, get } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge } from '../shared/badges.tsx';
import { CsvButton } from '../shared/csv-button.tsx';
import { formatPoints } from '../shared/format.ts';
import { measureName } from '../shared/labels.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { useApi } from '../shared/use-api.ts';
import { sectorCsvNotes } from './sector-csv.ts';

/** Lighter for low shares, darker for high ones; the top 5% of cells share the darkest shade, so one outlier does not wash out the rest. */
function colourScale(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)] ?? 0;
}

/**
 * Lightness skips the middle band (49-56%) where neither dark nor white text reaches a 4.5:1 contrast:
 * dark text on 96-57%, white text on 48-30%.
 */
function cellStyle(value: number | null, top: number) {
  if (value === null || top === 0) return undefined;
  const strength = Math.min(1, value / top);
  const light = strength < 0.5 ? 96 - strength * 78 : 48 - (strength - 0.5) * 36;
  return { background: `hsl(212 70% ${Math.round(light)}%)`, color: strength < 0.5 ? 'var(--ink)' : '#fff' };
}

export function SectorHeatMap({ region, measure }: { region: 'EU27' | 'EUR'; measure: EstimateMeasure }) {
  const { t, language } = useLanguage();
  const captionId = useId();
  const { data } = useApi(get(api.sectors.matrix, { query: { region, measure, lang: language } }));
  if (!data) return null;
  const values = data.rows.flatMap((row) => Object.values(row.cells).filter((value): value is number => value !== null));
  const top = colourScale(values);
  const buildCsv = () => ({
    filename: `genai-exposure-sectors-${region}-${measure}-matrix.csv`,
    notes: sectorCsvNotes(t),
    columns: [{ key: 'area', label: t('sectorsColArea') }, ...data.sections.map(({ section }) => ({ key: section, label: section }))],
    rows: data.rows.map((row) => ({ area: row.name, ...row.cells })),
  });
  return (
    <section aria-labelledby="heat-map-heading">
      <h2 id="heat-map-heading">{t('sectorsHeatMapHeading')}</h2>
      <p className="muted">{t('sectorsHeatMapIntro')}</p>
      <div className="table-toolbar">
        <EstimateBadge label={data.label} />
        <CsvButton build={buildCsv} name={t('sectorsHeatMapHeading')} />
      </div>
      <TableScroll labelledBy={captionId} stack={false}>
        <table className="data-table heat-map" data-testid="sector-heat-map">
          <caption id={captionId}>{t('sectorsHeatMapCaption', { measure: measureName(measure, t), region: data.region.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sectorsColArea')}</th>
              {data.sections.map((section) => (
                <th scope="col" key={section.section} className="numeric">
                  <abbr title={section.shortName}>{section.section}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.code} className={row.kind === 'region' ? 'region-row' : undefined}>
                <th scope="row">{row.name}</th>
                {data.sections.map(({ section, shortName }) => {
                  const value = row.cells[section as keyof typeof row.cells];
                  return (
                    <td key={section} className="numeric" style={cellStyle(value, top)} title={`${row.name}, ${shortName}`}>
                      {value === null ? (
                        ''
                      ) : (
                        // The caption gives the unit (%), so the cells stay narrow.
                        <Link to={`/explore/sectors/${section}?area=${row.code}&measure=${measure}`}>{formatPoints(value, language)}</Link>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
