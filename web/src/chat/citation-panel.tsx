/**
 * The source behind a citation marker: a side panel (a bottom sheet on phones) with the title, locator,
 * source class in words, the DOI/URL and the data row or finding text from that answer's tool outputs.
 * Escape or the close button closes it and returns focus to the marker that opened it.
 */
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import type { Citation } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { EstimateBadge, SourceClassBadge } from '../shared/badges.tsx';
import { EmploymentTable } from '../shared/employment-table.tsx';
import { EstimateNote } from '../shared/estimate-note.tsx';
import { formatPublished } from '../shared/format.ts';
import { measureName, sexName } from '../shared/labels.ts';
import { isWebUrl } from '../shared/web-url.ts';
import { EstimateView } from './area-results.tsx';
import type { SourceDetail } from './message-parts.ts';
import { GroupCard, ScorePair, TaskBars } from './occupation-results.tsx';

function DetailView({ detail }: { detail: SourceDetail }) {
  const { t } = useLanguage();
  switch (detail.type) {
    case 'occupation': {
      const { occupation } = detail;
      return (
        <div data-testid="citation-detail-occupation">
          <p className="strong">
            {occupation.title} <span className="muted">({t('chatIsco', { code: occupation.code })})</span>
          </p>
          <ScorePair wp96={occupation.wp96 ?? null} wp140={occupation.wp140} change={occupation.change ?? null} />
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
            <dt>{t('dataColPublishedFigure')}</dt>
            <dd>{figure.label}</dd>
          </div>
          <div>
            <dt>{t('dataColValue')}</dt>
            <dd className="strong">{formatPublished(figure)}</dd>
          </div>
          <div>
            <dt>{t('dataColSex')}</dt>
            <dd>{sexName(figure.sex, t)}</dd>
          </div>
          <div>
            <dt>{t('dataColStudy')}</dt>
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
          <EstimateView estimate={detail.estimate} area={detail.area} />
        </div>
      );
    case 'ranking-estimate':
      return (
        <div data-testid="citation-detail-estimate">
          <p>
            <EstimateBadge /> {measureName(detail.ranking.measure, t, detail.ranking.measureLabel)}
          </p>
          <EstimateNote estimate={detail.ranking} />
        </div>
      );
    case 'country':
      return (
        <div data-testid="citation-detail-country">
          <p className="strong">{detail.country.name}</p>
          {detail.country.employment && <EmploymentTable employment={detail.country.employment} />}
        </div>
      );
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: each newly opened citation takes the focus.
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
