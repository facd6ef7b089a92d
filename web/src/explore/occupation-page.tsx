/**
 * /explore/occupations/:code: a unit group's scores in both ILO studies, what changed, its tasks and
 * sources; or, for a 1-3 digit code, the group's distribution over categories and gradients.
 */
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { WP96_CATEGORIES, WP140_EXPOSURES } from '../../../server/domain/exposure.ts';
import { api, get } from '../api/client.ts';
import type { IscoGroup, OccupationDetail, UnitGroup } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { StringKey } from '../i18n/strings.ts';
import { ExposureBadge } from '../shared/badges.tsx';
import { BarChart } from '../shared/bar-chart.tsx';
import { formatChange, formatInteger, formatScore } from '../shared/format.ts';
import { exposureName } from '../shared/labels.ts';
import { useApi } from '../shared/use-api.ts';
import { closestCodes, statusOf } from './not-found.ts';
import { usePageTitle } from './page-title.ts';
import { SourceList } from './source-list.tsx';
import { ErrorState, Loading } from './status.tsx';
import { exposureText, useGlossary } from './use-reference.ts';
import './explore.css';

const isUnitGroup = (detail: OccupationDetail): detail is UnitGroup => 'tasks' in detail;

const LEVELS: Record<number, StringKey> = { 1: 'exploreLevel1', 2: 'exploreLevel2', 3: 'exploreLevel3', 4: 'exploreLevel4' };

export default function OccupationPage() {
  const { code = '' } = useParams();
  const { t, language } = useLanguage();
  const valid = /^\d{1,4}$/.test(code);
  const { data, error, loading, retry } = useApi(
    valid ? get(api.occupations[':code'], { param: { code }, query: { lang: language } }) : null,
  );
  usePageTitle(data ? `${data.code} ${data.title}` : code);

  if (!valid || (error && (statusOf(error) === 404 || statusOf(error) === 400)))
    return <OccupationNotFound code={code} closest={error ? closestCodes(error) : []} />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (!data) return <Loading />;
  return (
    <article className="explore-page occupation-page" aria-busy={loading}>
      <Breadcrumb hierarchy={data.hierarchy} current={data} />
      <header className="page-header">
        <h1>{data.title}</h1>
        <p className="subtitle">
          <span className="code-chip">ISCO-08 {data.code}</span> {t(LEVELS[data.level] ?? 'exploreLevel4')}
          {language === 'zh-TW' && data.titleEn !== data.title && (
            <span className="muted">
              {' '}
              · <span lang="en">{data.titleEn}</span>
            </span>
          )}
        </p>
        <AskButton title={data.title} code={data.code} />
      </header>
      {isUnitGroup(data) ? <UnitGroupView group={data} /> : <GroupView group={data} />}
      <SourceList sources={data.sources} />
    </article>
  );
}

function Breadcrumb({ hierarchy, current }: { hierarchy: OccupationDetail['hierarchy']; current: { code: string; title: string } }) {
  const { t } = useLanguage();
  return (
    <nav className="breadcrumb" aria-label={t('exploreBreadcrumbLabel')}>
      <ol>
        <li>
          <Link to="/explore/occupations">{t('navOccupations')}</Link>
        </li>
        {hierarchy.map((group) => (
          <li key={group.code}>
            <Link to={`/explore/occupations/${group.code}`}>
              {group.code} {group.title}
            </Link>
          </li>
        ))}
        <li aria-current="page">
          {current.code} {current.title}
        </li>
      </ol>
    </nav>
  );
}

function AskButton({ title, code }: { title: string; code: string }) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="button ask-button"
      onClick={() => navigate(`/?q=${encodeURIComponent(t('exploreAskQuestion', { title, code }))}`)}
    >
      {t('exploreAskButton')}
    </button>
  );
}

function UnitGroupView({ group }: { group: UnitGroup }) {
  const { t, language } = useLanguage();
  const glossary = useGlossary();
  if (!group.scored || !group.wp96 || !group.wp140) {
    return (
      <section className="panel unscored-note">
        <h2>{t('exploreNoIloScores')}</h2>
        <p>{t('exploreUnscoredNote')}</p>
      </section>
    );
  }
  const wp96Text = exposureText(glossary, group.wp96.category, language);
  const wp140Text = exposureText(glossary, group.wp140.exposure, language);
  return (
    <>
      <section aria-labelledby="studies-heading">
        <h2 id="studies-heading" className="visually-hidden">
          {t('exploreStudiesHeading')}
        </h2>
        <div className="studies">
          <StudyCard
            title={t('exploreStudyWp96')}
            kind={t('exploreCategoryWord')}
            mean={group.wp96.mean}
            sd={group.wp96.sd}
            badge={<ExposureBadge exposure={group.wp96.category} label={wp96Text?.label ?? group.wp96.label} />}
            definition={wp96Text?.definition}
          />
          <StudyCard
            title={t('exploreStudyWp140')}
            kind={t('exploreGradientWord')}
            mean={group.wp140.mean}
            sd={group.wp140.sd}
            badge={<ExposureBadge exposure={group.wp140.exposure} label={wp140Text?.label ?? group.wp140.label} />}
            definition={wp140Text?.definition}
          />
        </div>
      </section>
      {group.change !== null && (
        <section className="panel change" aria-labelledby="change-heading">
          <h2 id="change-heading">{t('exploreChangeHeading')}</h2>
          <p className="change-value">
            {t('exploreChangeValue', {
              value: formatChange(group.change, language),
              from: formatScore(group.wp96.mean, language),
              to: formatScore(group.wp140.mean, language),
            })}
          </p>
          <p>{t('exploreChangeExplanation')}</p>
        </section>
      )}
      <TaskList tasks={group.tasks} />
    </>
  );
}

function StudyCard({
  title,
  kind,
  mean,
  sd,
  badge,
  definition,
}: {
  title: string;
  kind: string;
  mean: number;
  sd: number;
  badge: ReactNode;
  definition?: string;
}) {
  const { t, language } = useLanguage();
  return (
    <section className="study-card" aria-label={title}>
      <h3>{title}</h3>
      <dl>
        <div>
          <dt>{t('exploreMeanLabel')}</dt>
          <dd className="big-number">{formatScore(mean, language)}</dd>
        </div>
        <div>
          <dt>{t('exploreSdLabel')}</dt>
          <dd className="big-number">{formatScore(sd, language)}</dd>
        </div>
        <div className="study-label">
          <dt>{kind}</dt>
          <dd>{badge}</dd>
        </div>
      </dl>
      {definition && <p className="definition">{definition}</p>}
    </section>
  );
}

function TaskList({ tasks }: { tasks: UnitGroup['tasks'] }) {
  const { t, language } = useLanguage();
  const sorted = [...tasks].sort((a, b) => b.score2025 - a.score2025 || a.taskNo - b.taskNo);
  const anyReconciled = sorted.some((task) => task.score2025Source === 'reconciled');
  return (
    <section className="tasks" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('exploreTasksHeading', { count: formatInteger(tasks.length, language) })}</h2>
      <p className="muted">{t('exploreTasksIntro')}</p>
      <p className="legend" aria-hidden="true">
        <span className="swatch swatch-2025" /> {t('exploreTask2025')} <span className="swatch swatch-2023" /> {t('exploreTask2023')}
      </p>
      {language === 'zh-TW' && <p className="muted small">{t('exploreTasksInEnglish')}</p>}
      <ol className="task-list">
        {sorted.map((task) => (
          <li key={task.id} className="task" data-testid="task">
            <p className="task-text" lang="en">
              {task.text || t('exploreTaskNoText')}
            </p>
            <ScoreBar year={t('exploreTask2025')} value={task.score2025} kind="2025" />
            <ScoreBar year={t('exploreTask2023')} value={task.score2023} kind="2023" />
            <p className="task-meta">
              {task.score2025Source === 'reconciled' ? (
                <span className="badge badge-reconciled" title={t('exploreReconciledExplanation')}>
                  {t('exploreReconciled')}
                </span>
              ) : null}{' '}
              {task.score2025Gpt4o !== null && task.score2025Gemini !== null && (
                <span className="muted">
                  {t('exploreTaskModels', {
                    gpt: formatScore(task.score2025Gpt4o, language),
                    gemini: formatScore(task.score2025Gemini, language),
                  })}
                </span>
              )}
            </p>
          </li>
        ))}
      </ol>
      {anyReconciled && (
        <p className="muted small">
          <span className="badge badge-reconciled">{t('exploreReconciled')}</span> {t('exploreReconciledExplanation')}
        </p>
      )}
    </section>
  );
}

function ScoreBar({ year, value, kind }: { year: string; value: number | null; kind: '2023' | '2025' }) {
  const { t, language } = useLanguage();
  return (
    <div className={`score-row score-${kind}`}>
      <span className="score-year">{year}</span>
      <span className="score-track" aria-hidden="true">
        {value !== null && <span className="score-fill" style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />}
      </span>
      <span className="score-value">{value === null ? t('exploreNoScore') : formatScore(value, language)}</span>
    </div>
  );
}

function GroupView({ group }: { group: IscoGroup }) {
  const { t, language } = useLanguage();
  const glossary = useGlossary();
  const label = (key: string) => exposureText(glossary, key, language)?.label ?? exposureName(key, t);
  const tableLink = group.level === 1 ? `/explore/occupations?major=${group.code}` : `/explore/occupations?q=${group.code}`;
  return (
    <>
      <section className="panel">
        <p>
          {t('exploreGroupCounts', {
            scored: formatInteger(group.scoredUnitGroups, language),
            total: formatInteger(group.unitGroups, language),
          })}
        </p>
        <Link to={tableLink}>{t('exploreViewInTable')}</Link>
      </section>
      {glossary ? (
        <div className="charts-2">
          <BarChart
            title={t('exploreDistributionWp140', { code: group.code })}
            axis={t('axisOccupations')}
            data={WP140_EXPOSURES.map((key) => ({ label: label(key), value: group.distribution.wp140[key] ?? 0 }))}
          />
          <BarChart
            title={t('exploreDistributionWp96', { code: group.code })}
            axis={t('axisOccupations')}
            data={WP96_CATEGORIES.map((key) => ({ label: label(key), value: group.distribution.wp96[key] ?? 0 }))}
          />
        </div>
      ) : (
        <Loading />
      )}
      <p className="muted small">{t('exploreDistributionNote')}</p>
      {group.children.length > 0 && (
        <section aria-labelledby="children-heading">
          <h2 id="children-heading">{t('exploreChildrenHeading', { code: group.code })}</h2>
          <ul className="children-list">
            {group.children.map((child) => (
              <li key={child.code}>
                <Link to={`/explore/occupations/${child.code}`}>
                  <span className="code-chip">{child.code}</span> {child.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function OccupationNotFound({ code, closest }: { code: string; closest: string[] }) {
  const { t } = useLanguage();
  return (
    <div className="explore-page not-found">
      <h1>{t('exploreOccupationNotFound', { code })}</h1>
      <p>{/^\d{1,4}$/.test(code) ? t('exploreOccupationNotFoundHelp') : t('exploreInvalidCode')}</p>
      {closest.length > 0 && (
        <>
          <p>{t('exploreClosestCodes')}</p>
          <ul className="children-list">
            {closest.map((candidate) => (
              <li key={candidate}>
                <Link to={`/explore/occupations/${candidate}`}>{candidate}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/explore/occupations">{t('exploreBackToOccupations')}</Link>
      </p>
    </div>
  );
}
