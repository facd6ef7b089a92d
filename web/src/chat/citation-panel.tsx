/**
 * The source behind a citation marker: a side panel (a bottom sheet on phones) with the title, locator,
 * source class in words, the DOI/URL and the data row or finding text from that answer's tool outputs.
 * Escape or the close button closes it and returns focus to the marker that opened it.
 */
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateView, figureValue, SourceClassBadge, ValidationLine } from './area-results.tsx';
import { formatPercent, isWebUrl, SEX_KEYS } from './format.ts';
import type { SourceDetail } from './message-parts.ts';
import { GroupCard, ScorePair, TaskBars } from './occupation-results.tsx';
import type { Citation } from './tool-types.ts';

function DetailView({ detail }: { detail: SourceDetail }) {
  const { t, language } = useLanguage();
  switch (detail.type) {
    case 'occupation': {
      const { occupation } = detail;
      return (
        <div data-testid="citation-detail-occupation">
          <p className="strong">
            {occupation.title} <span className="muted">({t('chatIsco', { code: occupation.code })})</span>
          </p>
          <ScorePair wp96={occupation.wp96} wp140={occupation.wp140} change={occupation.change} />
          {occupation.note && <p className="note small">{occupation.note}</p>}
          {occupation.tasks.length > 0 && (
            <>
              <h4>{t('chatTasks')}</h4>
              <TaskBars tasks={occupation.tasks} />
            </>
          )}
          <p>
            <Link to={`/explore/occupations/${occupation.code}`}>{t('chatOpenInExplorer')}</Link>
          </p>
        </div>
      );
    }
    case 'finding':
      return (
        <div data-testid="citation-detail-finding">
          <p className="strong">{detail.finding.title}</p>
          <blockquote className="finding-body">{detail.finding.body}</blockquote>
        </div>
      );
    case 'figure': {
      const { figure } = detail;
      return (
        <dl className="detail-list" data-testid="citation-detail-figure">
          <div>
            <dt>{t('chatFigure')}</dt>
            <dd>{figure.label}</dd>
          </div>
          <div>
            <dt>{t('chatValue')}</dt>
            <dd className="strong">{figureValue(figure)}</dd>
          </div>
          <div>
            <dt>{t('chatSex')}</dt>
            <dd>{SEX_KEYS[figure.sex] ? t(SEX_KEYS[figure.sex]!) : figure.sex}</dd>
          </div>
          <div>
            <dt>{t('chatStudy')}</dt>
            <dd>{figure.study.toUpperCase()}</dd>
          </div>
          {figure.note && (
            <div>
              <dt>{t('chatNotice')}</dt>
              <dd>{figure.note}</dd>
            </div>
          )}
        </dl>
      );
    }
    case 'estimate':
      return (
        <div data-testid="citation-detail-estimate">
          {detail.estimate ? (
            <EstimateView estimate={detail.estimate} area={detail.area} />
          ) : (
            <>
              <p>
                <span className="badge estimate-badge">{t('estimateBadge')}</span> {detail.measureLabel}
              </p>
              <ValidationLine validation={detail.validation} description={detail.description} />
            </>
          )}
        </div>
      );
    case 'country': {
      const total = detail.country.employment?.find((entry) => entry.sex === 'total');
      return (
        <div data-testid="citation-detail-country">
          <p className="strong">{detail.country.name}</p>
          {total && (
            <table>
              <caption className="visually-hidden">{t('chatEmploymentStructure')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chatMajorGroup')}</th>
                  <th scope="col" className="num">
                    {t('chatShare')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {total.groups.map((group) => (
                  <tr key={group.majorGroup}>
                    <th scope="row">{group.title}</th>
                    <td className="num">{formatPercent(group.sharePercent, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      );
    }
    case 'group':
      return <GroupCard data={detail.group} />;
  }
}

export function CitationPanel({ citation, detail, onClose }: { citation: Citation; detail: SourceDetail | null; onClose: () => void }) {
  const { t } = useLanguage();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    headingRef.current?.focus();
  }, [citation]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <aside className="citation-panel" role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid="citation-panel">
      <div className="citation-panel-head">
        <p className="citation-number">{t('chatSourceN', { n: citation.n })}</p>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('chatPanelClose')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="citation-title">
        {citation.title}
      </h2>
      <dl className="detail-list">
        <div>
          <dt>{t('chatPanelLocator')}</dt>
          <dd data-testid="citation-locator">{citation.locator}</dd>
        </div>
        <div>
          <dt>{t('chatPanelSourceClass')}</dt>
          <dd>
            <SourceClassBadge sourceClass={citation.sourceClass} />
          </dd>
        </div>
        {citation.url && (
          <div>
            <dt>{t('chatPanelLink')}</dt>
            <dd>
              {isWebUrl(citation.url) ? (
                <a href={citation.url} target="_blank" rel="noopener noreferrer">
                  {citation.url.replace(/^https?:\/\//, '')}
                </a>
              ) : (
                <code>{citation.url}</code>
              )}
            </dd>
          </div>
        )}
      </dl>
      <section className="citation-data">
        <h3>{t('chatPanelData')}</h3>
        {detail ? <DetailView detail={detail} /> : <p className="muted">{t('chatPanelNoData')}</p>}
      </section>
    </aside>
  );
}
