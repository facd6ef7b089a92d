/** The area and measure the Sectors pages show, kept in the URL (?area=&measure=) so a view is a link. */
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { ESTIMATE_MEASURES, type EstimateMeasure } from '../../../server/domain/country-estimate.ts';
import { api, get } from '../api/client.ts';
import { useLanguage } from '../i18n/language.tsx';
import { measureName } from '../shared/labels.ts';
import { useApi } from '../shared/use-api.ts';

const MEASURES = Object.keys(ESTIMATE_MEASURES) as EstimateMeasure[];
const DEFAULT_AREA = 'EUR';

/** The view's area and measure, and a setter that keeps the rest of the query. */
export function useSectorView() {
  const [params, setParams] = useSearchParams();
  const area = (params.get('area') ?? DEFAULT_AREA).toUpperCase();
  const measureParam = params.get('measure') as EstimateMeasure | null;
  const measure: EstimateMeasure = measureParam && MEASURES.includes(measureParam) ? measureParam : 'wp140_exposed';
  // From the address bar, not the last render: a second change made before the first one has rendered keeps both.
  const set = (changes: Partial<Record<'area' | 'measure', string>>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) next.set(key, value);
    setParams(next);
  };
  return { area, measure, set };
}

export function SectorControls({
  area,
  measure,
  onChange,
}: {
  area: string;
  measure: EstimateMeasure;
  onChange: ReturnType<typeof useSectorView>['set'];
}) {
  const { t, language } = useLanguage();
  const { data } = useApi(get(api.sectors, { query: { lang: language } }));
  const ids = { area: useId(), measure: useId() };
  const areas = data?.areas ?? [];
  return (
    <form className="filters" aria-label={t('exploreFiltersLabel')} onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={ids.area}>{t('sectorsAreaLabel')}</label>
        <select id={ids.area} value={area} onChange={(event) => onChange({ area: event.target.value })}>
          {areas.length === 0 && <option value={area}>{area}</option>}
          <optgroup label={t('sectorsRegions')}>
            {areas
              .filter((option) => option.kind === 'region')
              .map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('sectorsCountries')}>
            {areas
              .filter((option) => option.kind === 'country')
              .map((option) => (
                <option key={option.code} value={option.code}>
                  {option.name}
                </option>
              ))}
          </optgroup>
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.measure}>{t('dataColMeasure')}</label>
        <select id={ids.measure} value={measure} onChange={(event) => onChange({ measure: event.target.value })}>
          {MEASURES.map((option) => (
            <option key={option} value={option}>
              {measureName(option, t)}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
