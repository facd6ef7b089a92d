/** Tool results about occupations: one occupation, an ISCO group, a ranking, a comparison. */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/language.tsx';
import type { StringKey } from '../i18n/strings.ts';
import { BarChart } from '../shared/bar-chart.tsx';
import { ResultCsvButton } from './csv-button.tsx';
import { formatChange, formatScore } from './format.ts';
import type { CompareOccupationsData, GroupData, OccupationData, RankOccupationsData, Task, Wp96Score, Wp140Score } from './tool-types.ts';

const WP96_KEYS = ['automation', 'augmentation', 'big_unknown', 'not_affected'] as const;
const WP140_KEYS = ['gradient_4', 'gradient_3', 'gradient_2', 'gradient_1', 'minimal', 'not_exposed'] as const;

export function ExposureBadge({ kind, label }: { kind: string; label?: string }) {
  const { t } = useLanguage();
  const key = `chatExposure_${kind}` as StringKey;
  let text = label;
  if (!text) {
    const known = [...WP96_KEYS, ...WP140_KEYS] as readonly string[];
    text = known.includes(kind) ? t(key) : kind;
  }
  return <span className={`badge exposure exposure-${kind.replace(/[^a-z0-9_]/gi, '')}`}>{text}</span>;
}

function ScoreBox({ title, score, badge }: { title: string; score: Wp96Score | Wp140Score | null; badge: string | undefined }) {
  const { t } = useLanguage();
  return (
    <div className="score-box">
      <dt>{title}</dt>
      <dd>
        {score ? (
          <>
            <span className="score-value">{formatScore(score.mean)}</span>
            {badge && <ExposureBadge kind={badge} label={score.label} />}
            <span className="muted small">{t('chatSd', { sd: formatScore(score.sd) })}</span>
          </>
        ) : (
          <span className="muted">{t('chatNoScores')}</span>
        )}
      </dd>
    </div>
  );
}

export function ScorePair({ wp96, wp140, change }: { wp96: Wp96Score | null; wp140: Wp140Score | null; change: number | null }) {
  const { t } = useLanguage();
  return (
    <dl className="score-pair">
      <ScoreBox title={t('chatStudy2023')} score={wp96} badge={wp96?.category} />
      <ScoreBox title={t('chatStudy2025')} score={wp140} badge={wp140?.exposure} />
      <div className="score-box">
        <dt>{t('chatChange')}</dt>
        <dd>
          <span className="score-value">{formatChange(change)}</span>
        </dd>
      </div>
    </dl>
  );
}

export function TaskBars({ tasks }: { tasks: Task[] }) {
  const { t } = useLanguage();
  return (
    <ol className="task-list">
      {tasks.map((task) => (
        <li key={task.id}>
          <span className="task-text">{task.text}</span>
          <span className="task-score">
            <span className="score-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(0, Math.min(1, task.score2025)) * 100}%` }} />
            </span>
            <span className="score-number" aria-label={t('chatTaskScoreLabel', { score: formatScore(task.score2025) })}>
              {formatScore(task.score2025)}
            </span>
            {typeof task.score2023 === 'number' && (
              <span className="muted small">({t('chatTask2023', { score: formatScore(task.score2023) })})</span>
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
  const tasks = data.tasks ?? [];
  const shown = allTasks ? tasks : tasks.slice(0, TASKS_SHOWN);
  const major = data.hierarchy?.[0];
  return (
    <article className="result-card" data-testid="occupation-card" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{data.title}</h3>
        <p className="result-meta">
          {t('chatIsco', { code: data.code })}
          {major ? ` · ${major.title}` : ''}
        </p>
      </header>
      {data.scored !== false ? (
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
            name={`${data.code} ${data.titleEn ?? data.title} tasks`}
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

export function GroupCard({ data }: { data: Omit<GroupData, 'kind' | 'level'> }) {
  const { t } = useLanguage();
  const headingId = useId();
  const rows = [
    ...WP96_KEYS.map((key) => ({ study: t('chatStudy2023'), key, count: data.distribution?.wp96?.[key] ?? 0 })),
    ...WP140_KEYS.map((key) => ({ study: t('chatStudy2025'), key, count: data.distribution?.wp140?.[key] ?? 0 })),
  ];
  return (
    <article className="result-card" data-testid="group-card" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{data.title}</h3>
        <p className="result-meta">
          {t('chatIsco', { code: data.code })} · {t('chatGroupDistribution', { count: data.scoredUnitGroups })}
        </p>
      </header>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chatStudy')}</th>
              <th scope="col">{t('chatCategory')}</th>
              <th scope="col" className="num">
                {t('chatGroupCounts')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{row.study}</td>
                <td>
                  <ExposureBadge kind={row.key} />
                </td>
                <td className="num">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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

const rankValue = (data: RankOccupationsData, item: RankOccupationsData['items'][number]) =>
  data.by === 'change' ? item.change : data.by === 'wp96' ? (item.wp96?.mean ?? null) : (item.wp140?.mean ?? null);

export function RankedOccupations({ data }: { data: RankOccupationsData }) {
  const { t } = useLanguage();
  const headingId = useId();
  const items = data.items ?? [];
  const byKey: StringKey = data.by === 'change' ? 'chatRankedByChange' : data.by === 'wp96' ? 'chatRankedBy2023' : 'chatRankedBy2025';
  const title = `${t(data.order === 'asc' ? 'chatRankedLeast' : 'chatRankedMost')} · ${t(byKey)}`;
  return (
    <article className="result-card" data-testid="ranked-occupations" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{title}</h3>
        <p className="result-meta">
          {data.group ? `${t('chatWithin', { group: `${data.group.title} (ISCO-08 ${data.group.code})` })} · ` : ''}
          {t('chatRankedCount', { shown: items.length, total: data.totalMatching ?? items.length })}
        </p>
      </header>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('chatRank')}
              </th>
              <th scope="col">{t('chatOccupation')}</th>
              <th scope="col" className="num">
                {t('chatStudy2025')}
              </th>
              <th scope="col" className="num">
                {t('chatStudy2023')}
              </th>
              <th scope="col" className="num">
                {t('chatChange')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.code}>
                <td className="num">{item.rank}</td>
                <th scope="row">
                  <Link to={`/explore/occupations/${item.code}`}>{item.title}</Link> <span className="muted small">{item.code}</span>
                </th>
                <td className="num">
                  {formatScore(item.wp140?.mean)} {item.wp140 && <ExposureBadge kind={item.wp140.exposure} label={item.wp140.label} />}
                </td>
                <td className="num">
                  {formatScore(item.wp96?.mean)} {item.wp96 && <ExposureBadge kind={item.wp96.category} label={item.wp96.label} />}
                </td>
                <td className="num">{formatChange(item.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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

export function ComparisonTable({ data }: { data: CompareOccupationsData }) {
  const { t } = useLanguage();
  const headingId = useId();
  const items = data.items ?? [];
  return (
    <article className="result-card" data-testid="comparison-table" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{t('chatComparison')}</h3>
      </header>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chatOccupation')}</th>
              <th scope="col">{t('chatStudy2023')}</th>
              <th scope="col">{t('chatStudy2025')}</th>
              <th scope="col" className="num">
                {t('chatChange')}
              </th>
              <th scope="col">{t('chatTopTask')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const top = item.topTasks?.[0];
              return (
                <tr key={item.code}>
                  <th scope="row">
                    <Link to={`/explore/occupations/${item.code}`}>{item.title}</Link> <span className="muted small">{item.code}</span>
                  </th>
                  <td>
                    {formatScore(item.wp96?.mean)} {item.wp96 && <ExposureBadge kind={item.wp96.category} label={item.wp96.label} />}
                  </td>
                  <td>
                    {formatScore(item.wp140?.mean)} {item.wp140 && <ExposureBadge kind={item.wp140.exposure} label={item.wp140.label} />}
                  </td>
                  <td className="num">{formatChange(item.change)}</td>
                  <td className="small top-task">{top ? `${top.text} (${formatScore(top.score2025)})` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
            topTask: item.topTasks?.[0]?.text,
            topTaskScore: item.topTasks?.[0]?.score2025,
          }))}
        />
      </footer>
    </article>
  );
}
