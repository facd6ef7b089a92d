/** Tool results about areas: published group figures, a country, countries ranked; estimates always labelled. */
import { useId } from 'react';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/language.tsx';
import { BarChart } from '../shared/bar-chart.tsx';
import { ResultCsvButton } from './csv-button.tsx';
import { formatPercent, formatThousands, SEX_KEYS, SOURCE_CLASS_KEYS } from './format.ts';
import { GroupCard } from './occupation-results.tsx';
import type {
  CountryData,
  EstimateBlock,
  EstimateValidation,
  GroupExposureData,
  PublishedFigure,
  RankCountriesData,
  SourceClass,
} from './tool-types.ts';

export function SourceClassBadge({ sourceClass }: { sourceClass: SourceClass | null | undefined }) {
  const { t } = useLanguage();
  if (!sourceClass || !(sourceClass in SOURCE_CLASS_KEYS)) return <span className="badge source-class">{t('chatClassReference')}</span>;
  return <span className={`badge source-class source-class-${sourceClass}`}>{t(SOURCE_CLASS_KEYS[sourceClass])}</span>;
}

export const figureValue = (figure: PublishedFigure) => {
  const unit = figure.unit === 'percent' ? '%' : '';
  const high = figure.valueHigh !== null && figure.valueHigh !== undefined ? `–${figure.valueHigh}` : '';
  return `${figure.valueText ?? figure.value ?? ''}${high}${unit}`;
};

const studyName = (study: string) => (/^wp\d+$/i.test(study) ? study.toUpperCase() : study);

export function FigureTable({ figures, caption }: { figures: PublishedFigure[]; caption?: string }) {
  const { t } = useLanguage();
  return (
    <div className="table-scroll">
      <table>
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('chatFigure')}</th>
            <th scope="col" className="num">
              {t('chatValue')}
            </th>
            <th scope="col">{t('chatSex')}</th>
            <th scope="col">{t('chatStudy')}</th>
            <th scope="col">{t('chatSourceClass')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id} data-figure={figure.id}>
              <th scope="row">
                {figure.label}
                <span className="locator">{figure.locator}</span>
              </th>
              <td className="num strong">{figureValue(figure)}</td>
              <td>{SEX_KEYS[figure.sex] ? t(SEX_KEYS[figure.sex]!) : figure.sex}</td>
              <td>{studyName(figure.study)}</td>
              <td>
                <SourceClassBadge sourceClass={figure.sourceClass} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const figureCsvColumns = (t: ReturnType<typeof useLanguage>['t']) => [
  { key: 'id', label: 'id' },
  { key: 'population', label: t('chatArea') },
  { key: 'label', label: t('chatFigure') },
  { key: 'value', label: t('chatValue') },
  { key: 'valueHigh', label: `${t('chatValue')} (high)` },
  { key: 'unit', label: 'unit' },
  { key: 'sex', label: t('chatSex') },
  { key: 'study', label: t('chatStudy') },
  { key: 'sourceClass', label: t('chatSourceClass') },
  { key: 'locator', label: t('chatPanelLocator') },
];

export function ValidationLine({
  validation,
  description,
}: {
  validation: EstimateValidation | undefined;
  description: string | undefined;
}) {
  const { t } = useLanguage();
  return (
    <dl className="estimate-method">
      {description && (
        <div>
          <dt>{t('chatMethod')}</dt>
          <dd>{description}</dd>
        </div>
      )}
      {validation && (
        <div>
          <dt>{t('chatValidation')}</dt>
          <dd>
            {t('chatValidationValue', {
              mean: validation.meanAbsoluteErrorPp,
              max: validation.maxAbsoluteErrorPp,
              count: validation.figures,
            })}
          </dd>
        </div>
      )}
    </dl>
  );
}

export function EstimateView({ estimate, area }: { estimate: EstimateBlock; area: string }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const measures = estimate.measures ?? [];
  return (
    <section className="estimate" data-testid="estimate-block" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {t('chatEstimateFor', { area })} <span className="badge estimate-badge">{t('estimateBadge')}</span>
      </h4>
      {estimate.label && <p className="estimate-label">{estimate.label}</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chatMeasure')}</th>
              <th scope="col" className="num">
                {t('chatSexTotal')}
              </th>
              <th scope="col" className="num">
                {t('chatSexWomen')}
              </th>
              <th scope="col" className="num">
                {t('chatSexMen')}
              </th>
            </tr>
          </thead>
          <tbody>
            {measures.map((measure) => (
              <tr key={measure.measure}>
                <th scope="row">{measure.label}</th>
                <td className="num">{formatPercent(measure.total?.sharePercent, language)}</td>
                <td className="num">{formatPercent(measure.women?.sharePercent, language)}</td>
                <td className="num">{formatPercent(measure.men?.sharePercent, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ValidationLine validation={estimate.validation} description={estimate.description} />
      <p className="note small">{t('chatEstimateNote')}</p>
      <div className="result-actions">
        <ResultCsvButton
          name={`${area} estimate`}
          columns={[
            { key: 'area', label: t('chatArea') },
            { key: 'measure', label: 'measure' },
            { key: 'label', label: t('chatMeasure') },
            { key: 'total', label: `${t('chatSexTotal')} (%)` },
            { key: 'women', label: `${t('chatSexWomen')} (%)` },
            { key: 'men', label: `${t('chatSexMen')} (%)` },
            { key: 'totalThousands', label: `${t('chatSexTotal')}: ${t('chatExposedThousands')}` },
            { key: 'kind', label: t('chatSourceClass') },
            { key: 'method', label: t('chatMethod') },
            { key: 'error', label: t('chatValidation') },
          ]}
          rows={measures.map((measure) => ({
            area,
            measure: measure.measure,
            label: measure.label,
            total: measure.total?.sharePercent,
            women: measure.women?.sharePercent,
            men: measure.men?.sharePercent,
            totalThousands: measure.total?.exposedThousands,
            kind: estimate.label || t('estimateBadge'),
            method: estimate.method,
            error: estimate.validation ? `${estimate.validation.meanAbsoluteErrorPp} pp` : '',
          }))}
        />
      </div>
    </section>
  );
}

export function GroupFigures({ data }: { data: GroupExposureData }) {
  const { t } = useLanguage();
  const headingId = useId();
  const figures = data.figures ?? [];
  const area = data.populationName ?? data.population;
  const charted = figures.filter((figure) => figure.unit === 'percent' && typeof figure.value === 'number');
  return (
    <article className="result-card" data-testid="group-figures" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{t('chatPublishedFigures', { area })}</h3>
      </header>
      {figures.length > 0 ? (
        <FigureTable figures={figures} caption={t('chatPublishedFigures', { area })} />
      ) : (
        <p className="note">{t('chatNoPublished')}</p>
      )}
      {charted.length > 1 && (
        <BarChart
          title={`${t('chatChartFigures')}: ${area}`}
          axis={t('axisPublishedPercent')}
          data={charted.map((figure) => ({
            label: `${figure.label} (${SEX_KEYS[figure.sex] ? t(SEX_KEYS[figure.sex]!) : figure.sex}, ${studyName(figure.study)})`,
            value: figure.value!,
          }))}
          unit="%"
        />
      )}
      {figures.length > 0 && (
        <div className="result-actions">
          <ResultCsvButton
            name={`${data.population} published figures`}
            columns={figureCsvColumns(t)}
            rows={figures.map((figure) => ({ ...figure }))}
          />
        </div>
      )}
      {data.estimate && <EstimateView estimate={data.estimate} area={area} />}
      {data.majorGroup && <GroupCard data={data.majorGroup} />}
    </article>
  );
}

export function CountryCard({ data }: { data: CountryData }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const structure = data.employment ?? [];
  const total = structure.find((entry) => entry.sex === 'total');
  const women = structure.find((entry) => entry.sex === 'women');
  const men = structure.find((entry) => entry.sex === 'men');
  const shareOf = (entry: typeof total, group: string) => entry?.groups.find((item) => item.majorGroup === group)?.sharePercent;
  return (
    <article className="result-card" data-testid="country-card" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{data.name}</h3>
        <p className="result-meta">
          {[data.incomeGroup?.name, data.region].filter(Boolean).join(' · ')}
          {data.iso3 ? ` · ${data.iso3}` : ''}
        </p>
      </header>
      {data.estimate && <EstimateView estimate={data.estimate} area={data.name} />}
      {total && (
        <section className="result-section">
          <h4>{t('chatEmploymentStructure')}</h4>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('chatMajorGroup')}</th>
                  <th scope="col" className="num">
                    {t('chatThousands')}
                  </th>
                  <th scope="col" className="num">
                    {t('chatShare')}: {t('chatSexTotal')}
                  </th>
                  <th scope="col" className="num">
                    {t('chatSexWomen')}
                  </th>
                  <th scope="col" className="num">
                    {t('chatSexMen')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {total.groups.map((group) => (
                  <tr key={group.majorGroup}>
                    <th scope="row">{group.title}</th>
                    <td className="num">{formatThousands(group.thousands, language)}</td>
                    <td className="num">{formatPercent(group.sharePercent, language)}</td>
                    <td className="num">{formatPercent(shareOf(women, group.majorGroup), language)}</td>
                    <td className="num">{formatPercent(shareOf(men, group.majorGroup), language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <BarChart
            title={t('chatEmploymentShareChart')}
            axis={t('axisShareOfEmployment')}
            data={total.groups.map((group) => ({ label: group.title, value: group.sharePercent }))}
            unit="%"
          />
          <div className="result-actions">
            <ResultCsvButton
              name={`${data.iso3} employment by major group 2024`}
              columns={[
                { key: 'iso3', label: 'ISO3' },
                { key: 'sex', label: t('chatSex') },
                { key: 'majorGroup', label: 'ISCO-08' },
                { key: 'title', label: t('chatMajorGroup') },
                { key: 'thousands', label: t('chatThousands') },
                { key: 'sharePercent', label: `${t('chatShare')} (%)` },
              ]}
              rows={structure.flatMap((entry) => entry.groups.map((group) => ({ iso3: data.iso3, sex: entry.sex, ...group })))}
            />
          </div>
        </section>
      )}
      {data.incomeGroupFigures?.length > 0 && (
        <section className="result-section">
          <h4>{t('chatIncomeGroupFigures', { group: data.incomeGroup?.name ?? '' })}</h4>
          <FigureTable figures={data.incomeGroupFigures} />
          <div className="result-actions">
            <ResultCsvButton
              name={`${data.incomeGroup?.code ?? data.iso3} published figures`}
              columns={figureCsvColumns(t)}
              rows={data.incomeGroupFigures.map((figure) => ({ ...figure }))}
            />
          </div>
        </section>
      )}
      {data.notes?.length > 0 && (
        <ul className="notes small">
          {data.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <footer className="result-actions">
        <Link to={`/explore/countries/${data.iso3}`}>{t('chatOpenInExplorer')}</Link>
      </footer>
    </article>
  );
}

export function RankedCountries({ data }: { data: RankCountriesData }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const items = data.items ?? [];
  const filters = [data.incomeGroup, data.region, data.sex && data.sex !== 'total' && SEX_KEYS[data.sex] ? t(SEX_KEYS[data.sex]!) : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className="result-card" data-testid="ranked-countries" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>
          {t('chatRankedCountries', { measure: data.measureLabel ?? data.measure })}{' '}
          <span className="badge estimate-badge">{t('estimateBadge')}</span>
        </h3>
        <p className="result-meta">
          {filters ? `${filters} · ` : ''}
          {t('chatRankedCountriesCount', { shown: items.length, total: data.countriesRanked ?? items.length })}
        </p>
      </header>
      {data.label && <p className="estimate-label">{data.label}</p>}
      <ValidationLine validation={data.validation} description={data.description} />
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('chatRank')}
              </th>
              <th scope="col">{t('chatCountry')}</th>
              <th scope="col">{t('chatIncomeGroup')}</th>
              <th scope="col" className="num">
                {t('chatSharePercent')}
              </th>
              <th scope="col" className="num">
                {t('chatExposedThousands')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.iso3}>
                <td className="num">{item.rank}</td>
                <th scope="row">
                  <Link to={`/explore/countries/${item.iso3}`}>{item.name}</Link>
                </th>
                <td>{item.incomeGroup ?? '—'}</td>
                <td className="num">{formatPercent(item.sharePercent, language)}</td>
                <td className="num">{formatThousands(item.exposedThousands, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length > 0 && (
        <BarChart
          title={`${t('chatChartRanked')}: ${data.measureLabel ?? data.measure} (${t('estimateBadge')})`}
          axis={t('axisShareOfEmployment')}
          data={items.map((item) => ({ label: item.name, value: Math.round(item.sharePercent * 10) / 10 }))}
          unit="%"
        />
      )}
      <footer className="result-actions">
        <ResultCsvButton
          name={`countries ranked ${data.measure}`}
          columns={[
            { key: 'rank', label: t('chatRank') },
            { key: 'iso3', label: 'ISO3' },
            { key: 'name', label: t('chatCountry') },
            { key: 'incomeGroup', label: t('chatIncomeGroup') },
            { key: 'sharePercent', label: t('chatSharePercent') },
            { key: 'exposedThousands', label: t('chatExposedThousands') },
            { key: 'kind', label: t('chatSourceClass') },
          ]}
          rows={items.map((item) => ({ ...item, kind: data.label || t('estimateBadge') }))}
        />
      </footer>
    </article>
  );
}
