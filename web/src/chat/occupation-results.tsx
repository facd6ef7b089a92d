/** Tool results about occupations: one occupation, an ISCO group, a ranking, a comparison. */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { WP96_CATEGORIES, WP140_EXPOSURES } from '../../../server/domain/exposure.ts';
import type { ToolData } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { StringKey } from '../i18n/strings.ts';
import { ExposureBadge } from '../shared/badges.tsx';
import { BarChart } from '../shared/bar-chart.tsx';
import { formatChange, formatScore } from '../shared/format.ts';
import { TableScroll } from '../shared/table-scroll.tsx';
import { ResultCsvButton } from './csv-button.tsx';
import type { GroupDetail, OccupationDetail } from './message-parts.ts';

type OccupationData = Extract<ToolData<'getOccupation'>, { kind: 'occupation' }>;
type Wp96Score = OccupationData['wp96'];
type Wp140Score = OccupationData['wp140'];

function ScoreBox({ title, score, badge }: { title: string; score: Wp96Score | Wp140Score; badge: string | undefined }) {
  const { t, language } = useLanguage();
  return (
    <div className="score-box">
      <dt>{title}</dt>
      <dd>
        {score ? (
          <>
            <span className="score-value">{formatScore(score.mean, language)}</span>
            {badge && <ExposureBadge exposure={badge} label={score.label} />}
            <span className="muted small">{t('chatSd', { sd: formatScore(score.sd, language) })}</span>
          </>
        ) : (
          <span className="muted">{t('chatNoScores')}</span>
        )}
      </dd>
    </div>
  );
}

export function ScorePair({ wp96, wp140, change }: { wp96: Wp96Score; wp140: Wp140Score; change: number | null }) {
  const { t, language } = useLanguage();
  return (
    <dl className="score-pair">
      <ScoreBox title={t('chatStudy2023')} score={wp96} badge={wp96?.category} />
      <ScoreBox title={t('chatStudy2025')} score={wp140} badge={wp140?.exposure} />
      <div className="score-box">
        <dt>{t('chatChange')}</dt>
        <dd>
          <span className="score-value">{formatChange(change, language)}</span>
        </dd>
      </div>
    </dl>
  );
}

export function TaskBars({ tasks }: { tasks: OccupationDetail['tasks'] }) {
  const { t, language } = useLanguage();
  return (
    <ol className="task-list">
      {tasks.map((task) => (
        <li key={task.id}>
          <span className="task-text" lang="en">
            {task.text}
          </span>
          <span className="task-score">
            <span className="score-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(1, task.score2025)) * 100}%` }} />
            </span>
            <span className="score-number">
              <span className="visually-hidden">{t('chatTaskScoreLabel')} </span>
              {formatScore(task.score2025, language)}
            </span>
            {task.score2023 !== null && (
              <span className="muted small">({t('chatTask2023', { score: formatScore(task.score2023, language) })})</span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

const TASKS_SHOWN = 5;

export function OccupationCard({ data }: { data: OccupationData }) {
  const { t } = useLanguage();
  const headingId = useId();
  const [allTasks, setAllTasks] = useState(false);
  const { tasks } = data;
  const shown = allTasks ? tasks : tasks.slice(0, TASKS_SHOWN);
  const major = data.hierarchy[0];
  return (
    <article className="result-card" data-testid="occupation-card" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{data.title}</h3>
        <p className="result-meta">
          {t('chatIsco', { code: data.code })}
          {major ? ` · ${major.title}` : ''}
        </p>
      </header>
      {data.scored ? (
        <ScorePair wp96={data.wp96} wp140={data.wp140} change={data.change} />
      ) : (
        <p className="note">{data.note ?? t('chatNoScores')}</p>
      )}
      {tasks.length > 0 && (
        <section className="result-section">
          <h4>{t('chatTasks')}</h4>
          <TaskBars tasks={shown} />
          {tasks.length > TASKS_SHOWN && (
            <button type="button" className="link-button" aria-expanded={allTasks} onClick={() => setAllTasks((value) => !value)}>
              {allTasks ? t('chatShowFewerTasks') : t('chatShowAllTasks', { count: tasks.length })}
            </button>
          )}
        </section>
      )}
      <footer className="result-actions">
        <Link to={`/explore/occupations/${data.code}`}>{t('chatOpenInExplorer')}</Link>
        {tasks.length > 0 && (
          <ResultCsvButton
            name={`${data.code} ${data.titleEn} tasks`}
            columns={[
              { key: 'code', label: t('chatCode') },
              { key: 'taskNo', label: '#' },
              { key: 'text', label: t('chatTasks') },
              { key: 'score2025', label: t('chatStudy2025') },
              { key: 'score2023', label: t('chatStudy2023') },
            ]}
            rows={tasks.map((task) => ({ code: data.code, ...task }))}
          />
        )}
      </footer>
    </article>
  );
}

export function GroupCard({ data }: { data: GroupDetail }) {
  const { t } = useLanguage();
  const headingId = useId();
  const rows = [
    ...WP96_CATEGORIES.map((key) => ({ study: t('chatStudy2023'), key, count: data.distribution.wp96[key] })),
    ...WP140_EXPOSURES.map((key) => ({ study: t('chatStudy2025'), key, count: data.distribution.wp140[key] })),
  ];
  return (
    <article className="result-card" data-testid="group-card" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{data.title}</h3>
        <p className="result-meta">
          {t('chatIsco', { code: data.code })} · {t('chatGroupDistribution', { count: data.scoredUnitGroups })}
        </p>
      </header>
      <TableScroll labelledBy={headingId}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chatStudy')}</th>
              <th scope="col">{t('chatCategory')}</th>
              <th scope="col" className="numeric">
                {t('chatGroupCounts')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{row.study}</td>
                <td>
                  <ExposureBadge exposure={row.key} />
                </td>
                <td className="numeric">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {data.note && <p className="note small">{data.note}</p>}
      <footer className="result-actions">
        <Link to={`/explore/occupations?major=${data.code}`}>{t('chatOpenInExplorer')}</Link>
        <ResultCsvButton
          name={`ISCO ${data.code} distribution`}
          columns={[
            { key: 'code', label: t('chatCode') },
            { key: 'study', label: t('chatStudy') },
            { key: 'key', label: t('chatCategory') },
            { key: 'count', label: t('chatGroupCounts') },
          ]}
          rows={rows.map((row) => ({ code: data.code, ...row }))}
        />
      </footer>
    </article>
  );
}

type Ranking = ToolData<'rankOccupations'>;

const rankValue = (data: Ranking, item: Ranking['items'][number]) =>
  data.by === 'change' ? item.change : data.by === 'wp96' ? (item.wp96?.mean ?? null) : (item.wp140?.mean ?? null);

export function RankedOccupations({ data }: { data: Ranking }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const { items } = data;
  const byKey: StringKey = data.by === 'change' ? 'chatRankedByChange' : data.by === 'wp96' ? 'chatRankedBy2023' : 'chatRankedBy2025';
  const title = `${t(data.order === 'asc' ? 'chatRankedLeast' : 'chatRankedMost')} · ${t(byKey)}`;
  return (
    <article className="result-card" data-testid="ranked-occupations" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{title}</h3>
        <p className="result-meta">
          {data.group ? `${t('chatWithin', { group: `${data.group.title} (ISCO-08 ${data.group.code})` })} · ` : ''}
          {t('chatRankedCount', { shown: items.length, total: data.totalMatching })}
        </p>
      </header>
      <TableScroll labelledBy={headingId}>
        <table>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('chatRank')}
              </th>
              <th scope="col">{t('chatOccupation')}</th>
              <th scope="col" className="numeric">
                {t('chatStudy2025')}
              </th>
              <th scope="col" className="numeric">
                {t('chatStudy2023')}
              </th>
              <th scope="col" className="numeric">
                {t('chatChange')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.code}>
                <td className="numeric">{item.rank}</td>
                <th scope="row">
                  <Link to={`/explore/occupations/${item.code}`}>{item.title}</Link> <span className="muted small">{item.code}</span>
                </th>
                <td className="numeric">
                  {formatScore(item.wp140?.mean, language)}{' '}
                  {item.wp140 && <ExposureBadge exposure={item.wp140.exposure} label={item.wp140.label} />}
                </td>
                <td className="numeric">
                  {formatScore(item.wp96?.mean, language)}{' '}
                  {item.wp96 && <ExposureBadge exposure={item.wp96.category} label={item.wp96.label} />}
                </td>
                <td className="numeric">{formatChange(item.change, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {items.length > 0 && (
        <BarChart
          title={`${t('chatChartRanked')}: ${t(byKey)}`}
          axis={t(data.by === 'change' ? 'axisScoreChange' : 'axisMeanScore')}
          data={items.map((item) => ({ label: item.title, value: rankValue(data, item) ?? 0 }))}
          max={data.by === 'change' ? undefined : 1}
        />
      )}
      <footer className="result-actions">
        <ResultCsvButton
          name={`occupations ranked by ${data.by}`}
          columns={[
            { key: 'rank', label: t('chatRank') },
            { key: 'code', label: t('chatCode') },
            { key: 'title', label: t('chatOccupation') },
            { key: 'wp140Mean', label: `${t('chatStudy2025')} ${t('chatMeanScore')}` },
            { key: 'wp140Label', label: `${t('chatStudy2025')} ${t('chatGradient')}` },
            { key: 'wp96Mean', label: `${t('chatStudy2023')} ${t('chatMeanScore')}` },
            { key: 'wp96Label', label: `${t('chatStudy2023')} ${t('chatCategory')}` },
            { key: 'change', label: t('chatChange') },
          ]}
          rows={items.map((item) => ({
            rank: item.rank,
            code: item.code,
            title: item.title,
            wp140Mean: item.wp140?.mean,
            wp140Label: item.wp140?.label,
            wp96Mean: item.wp96?.mean,
            wp96Label: item.wp96?.label,
            change: item.change,
          }))}
        />
      </footer>
    </article>
  );
}

export function ComparisonTable({ data }: { data: ToolData<'compareOccupations'> }) {
  const { t, language } = useLanguage();
  const headingId = useId();
  const { items } = data;
  return (
    <article className="result-card" data-testid="comparison-table" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{t('chatComparison')}</h3>
      </header>
      <TableScroll labelledBy={headingId}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chatOccupation')}</th>
              <th scope="col">{t('chatStudy2023')}</th>
              <th scope="col">{t('chatStudy2025')}</th>
              <th scope="col" className="numeric">
                {t('chatChange')}
              </th>
              <th scope="col">{t('chatTopTask')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const top = item.topTasks[0];
              return (
                <tr key={item.code}>
                  <th scope="row">
                    <Link to={`/explore/occupations/${item.code}`}>{item.title}</Link> <span className="muted small">{item.code}</span>
                  </th>
                  <td>
                    {formatScore(item.wp96?.mean, language)}{' '}
                    {item.wp96 && <ExposureBadge exposure={item.wp96.category} label={item.wp96.label} />}
                  </td>
                  <td>
                    {formatScore(item.wp140?.mean, language)}{' '}
                    {item.wp140 && <ExposureBadge exposure={item.wp140.exposure} label={item.wp140.label} />}
                  </td>
                  <td className="numeric">{formatChange(item.change, language)}</td>
                  <td className="small top-task">
                    {top ? (
                      <>
                        <span lang="en">{top.text}</span> ({formatScore(top.score2025, language)})
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <footer className="result-actions">
        <ResultCsvButton
          name={`comparison ${items.map((item) => item.code).join(' ')}`}
          columns={[
            { key: 'code', label: t('chatCode') },
            { key: 'title', label: t('chatOccupation') },
            { key: 'wp96Mean', label: `${t('chatStudy2023')} ${t('chatMeanScore')}` },
            { key: 'wp96Label', label: `${t('chatStudy2023')} ${t('chatCategory')}` },
            { key: 'wp140Mean', label: `${t('chatStudy2025')} ${t('chatMeanScore')}` },
            { key: 'wp140Label', label: `${t('chatStudy2025')} ${t('chatGradient')}` },
            { key: 'change', label: t('chatChange') },
            { key: 'topTask', label: t('chatTopTask') },
            { key: 'topTaskScore', label: `${t('chatTopTask')} (2025)` },
          ]}
          rows={items.map((item) => ({
            code: item.code,
            title: item.title,
            wp96Mean: item.wp96?.mean,
            wp96Label: item.wp96?.label,
            wp140Mean: item.wp140?.mean,
            wp140Label: item.wp140?.label,
            change: item.change,
            topTask: item.topTasks[0]?.text,
            topTaskScore: item.topTasks[0]?.score2025,
          }))}
        />
      </footer>
    </article>
  );
}
