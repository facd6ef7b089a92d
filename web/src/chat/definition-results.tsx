/** A defineTerms result: the glossary entries and the ILO's own definitions of the categories and gradients asked about. */
import { useId } from 'react';
import type { ToolData } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ExposureBadge } from '../shared/badges.tsx';

export function Definitions({ data }: { data: ToolData<'defineTerms'> }) {
  const { t } = useLanguage();
  const headingId = useId();
  return (
    <article className="result-card" data-testid="definitions" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{t('chatDefinitions')}</h3>
      </header>
      <dl className="definitions">
        {data.glossary.map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
        {data.labels.map((label) => (
          <div key={label.key}>
            <dt>
              <ExposureBadge exposure={label.key} label={label.label} /> <span className="muted small">{label.study}</span>
            </dt>
            <dd>{label.definition}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
