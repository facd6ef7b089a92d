/**
 * /about: what the data is and is not, how occupations are classified (from the glossary), the country
 * estimate's validation, the sources with licences, and the CC BY attribution and adaptation disclaimer.
 */

import { api, get } from '../api/client.ts';
import type { Glossary, Sources } from '../api/types.ts';
import { usePageTitle } from '../explore/page-title.ts';
import { ErrorState, Loading } from '../explore/status.tsx';
import { ValidationTable } from '../explore/validation-table.tsx';
import { useLanguage } from '../i18n/language.tsx';
import { ExposureBadge } from '../shared/badges.tsx';
import { withEnglishQuotes } from '../shared/english-quotes.tsx';
import { TableScroll } from '../shared/table-scroll.tsx';
import { useApi } from '../shared/use-api.ts';
import '../explore/explore.css';

export default function AboutPage() {
  const { t } = useLanguage();
  usePageTitle(t('navAbout'));
  const sources = useApi(get(api.sources, {}));
  return (
    <div className="explore-page about-page">
      <header className="page-header">
        <h1>{t('aboutTitle')}</h1>
        <p className="lede">{t('aboutIntro')}</p>
      </header>
      <nav className="toc" aria-label={t('aboutTocLabel')}>
        <ol>
          <li>
            <a href="#data">{t('aboutDataHeading')}</a>
          </li>
          <li>
            <a href="#method">{t('aboutMethodHeading')}</a>
          </li>
          <li>
            <a href="#validation">{t('exploreValidationHeading')}</a>
          </li>
          <li>
            <a href="#sources">{t('aboutSourcesHeading')}</a>
          </li>
          <li>
            <a href="#licence">{t('aboutLicenceHeading')}</a>
          </li>
        </ol>
      </nav>

      <section id="data" aria-labelledby="data-heading">
        <h2 id="data-heading">{t('aboutDataHeading')}</h2>
        <p>{t('aboutDataIs')}</p>
        <ul className="facts">
          <li>
            <strong>{t('aboutNotJobLossTitle')}</strong> {t('aboutNotJobLoss')}
          </li>
          <li>
            <strong>{t('aboutGlobalScoresTitle')}</strong> {t('aboutGlobalScores')}
          </li>
          <li>
            <strong>{t('aboutMeasuresDifferTitle')}</strong> {t('aboutMeasuresDiffer')}
          </li>
          <li>
            <strong>{t('aboutEstimatesTitle')}</strong> {t('aboutEstimates')}
          </li>
          <li>
            <strong>{t('aboutTranslationsTitle')}</strong> {t('aboutTranslations')}
          </li>
        </ul>
      </section>

      <MethodSection />
      <ValidationTable />

      <section id="sources" aria-labelledby="sources-heading-about">
        <h2 id="sources-heading-about">{t('aboutSourcesHeading')}</h2>
        {sources.loading && !sources.data && <Loading />}
        {sources.error && <ErrorState error={sources.error} onRetry={sources.retry} />}
        {sources.data && <Bibliography items={sources.data.items} />}
      </section>

      <section id="licence" aria-labelledby="licence-heading">
        <h2 id="licence-heading">{t('aboutLicenceHeading')}</h2>
        {sources.data && <Notices notices={sources.data} />}
        <p>{t('aboutBrand')}</p>
        <p>{t('aboutExports')}</p>
        <p>{t('aboutCode')}</p>
      </section>
    </div>
  );
}

function MethodSection() {
  const { t, language } = useLanguage();
  const { data, error, loading, retry } = useApi(get(api.glossary, {}));
  const studies: { study: string; title: string }[] = [
    { study: 'WP96', title: t('aboutWp96Labels') },
    { study: 'WP140', title: t('aboutWp140Labels') },
  ];
  const text = (entry: Glossary['exposureLabels'][number]) =>
    language === 'zh-TW'
      ? { label: entry.labelZhTw, definition: entry.definitionZhTw }
      : { label: entry.labelEn, definition: entry.definitionEn };
  return (
    <section id="method" aria-labelledby="method-heading">
      <h2 id="method-heading">{t('aboutMethodHeading')}</h2>
      <p>{t('aboutMethodIntro')}</p>
      {loading && !data && <Loading />}
      {error && <ErrorState error={error} onRetry={retry} />}
      {data &&
        studies.map(({ study, title }) => (
          <TableScroll key={study} labelledBy={`method-${study}`}>
            <table className="data-table definitions">
              <caption id={`method-${study}`}>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('aboutColLabel')}</th>
                  <th scope="col">{t('aboutColRule')}</th>
                </tr>
              </thead>
              <tbody>
                {data.exposureLabels
                  .filter((entry) => entry.study.toUpperCase() === study)
                  .map((entry) => (
                    <tr key={entry.key}>
                      <th scope="row">
                        <ExposureBadge exposure={entry.key} label={text(entry).label} />
                      </th>
                      <td>{text(entry).definition}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
      <p>{t('aboutMethodChange')}</p>
    </section>
  );
}

/** Papers first, then briefs, data and classifications; press and this project's own work last. */
const KIND_ORDER = ['paper', 'brief', 'dataset', 'classification', 'webinar', 'web', 'press', 'derived'];
const kindRank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

function Bibliography({ items }: { items: Sources['items'] }) {
  const { t, language } = useLanguage();
  const sorted = [...items].sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || (a.year ?? 0) - (b.year ?? 0));
  return (
    <>
      {language === 'zh-TW' && <p className="muted small">{t('exploreSourcesInEnglish')}</p>}
      <ol className="bibliography">
        {sorted.map((item) => {
          const link = item.doi ? `https://doi.org/${item.doi}` : item.url && /^https?:\/\//.test(item.url) ? item.url : null;
          return (
            <li key={item.id} lang="en">
              <p className="citation">{item.citation}</p>
              <p className="small">
                {link && (
                  <>
                    <a href={link} target="_blank" rel="noreferrer">
                      {item.doi ? `doi:${item.doi}` : link}
                    </a>
                    {' · '}
                  </>
                )}
                {item.licence && <span lang={language}>{t('aboutLicence', { licence: item.licence })}</span>}
              </p>
              {item.note && <p className="muted small">{item.note}</p>}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Notices({ notices }: { notices: Sources }) {
  const { t, language } = useLanguage();
  return (
    <div className="notices">
      <h3>{t('aboutAttributionLabel')}</h3>
      <blockquote className="notice" data-testid="attribution">
        {withEnglishQuotes(notices.attribution[language] ?? notices.attribution.en ?? '')}
      </blockquote>
      <h3>{t('aboutDisclaimerLabel')}</h3>
      <blockquote className="notice" data-testid="disclaimer">
        {notices.disclaimer[language] ?? notices.disclaimer.en}
      </blockquote>
    </div>
  );
}
