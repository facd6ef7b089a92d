/** A searchTasks result: the occupations whose ILO task statements match a kind of work, with those tasks. */
import { useId } from 'react';
import { Link } from 'react-router';
import type { ToolData } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ExposureBadge } from '../shared/badges.tsx';
import { ResultCsvButton } from './csv-button.tsx';
import { TaskBars } from './occupation-results.tsx';

export function TaskMatches({ data }: { data: ToolData<'searchTasks'> }) {
  const { t } = useLanguage();
  const headingId = useId();
  return (
    <article className="result-card" data-testid="task-matches" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{t('chatTaskMatches', { query: data.query })}</h3>
        <p className="result-meta">
          {data.group ? `${t('chatWithin', { group: `${data.group.title} (ISCO-08 ${data.group.code})` })} · ` : ''}
          {t('chatTaskMatchesCount', { count: data.items.length })}
        </p>
      </header>
      <ol className="task-matches">
        {data.items.map((item) => (
          <li key={item.code}>
            <p className="strong">
              <Link to={`/explore/occupations/${item.code}`}>{item.title}</Link> <span className="muted small">{item.code}</span>{' '}
              {item.wp140 && <ExposureBadge exposure={item.wp140.exposure} label={item.wp140.label} />}
            </p>
            <TaskBars tasks={item.tasks} />
          </li>
        ))}
      </ol>
      <p className="note small">{t('chatTaskMatchesNote')}</p>
      <footer className="result-actions">
        <ResultCsvButton
          name={`tasks matching ${data.query}`}
          columns={[
            { key: 'code', label: t('chatCode') },
            { key: 'occupation', label: t('chatOccupation') },
            { key: 'taskNo', label: '#' },
            { key: 'text', label: t('chatTask') },
            { key: 'score2025', label: t('chatStudy2025') },
            { key: 'score2023', label: t('chatStudy2023') },
          ]}
          rows={data.items.flatMap((item) => item.tasks.map((task) => ({ code: item.code, occupation: item.title, ...task })))}
        />
      </footer>
    </article>
  );
}
