/** The findings cards a searchFindings call returned: titles, source class and locator; the text on demand. */
import { useId } from 'react';
import type { Citation, ToolData } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { SourceClassBadge } from '../shared/badges.tsx';
import { withEnglishQuotes } from '../shared/english-quotes.tsx';
import type { OpenCitation } from './answer-markdown.tsx';

export function FindingsList({ data, sources, onCite }: { data: ToolData<'searchFindings'>; sources: Citation[]; onCite?: OpenCitation }) {
  const { t } = useLanguage();
  const headingId = useId();
  const { items } = data;
  if (items.length === 0) return null;
  return (
    <article className="result-card" data-testid="findings-list" aria-labelledby={headingId}>
      <header className="result-head">
        <h3 id={headingId}>{t('chatFindings')}</h3>
      </header>
      <ol className="findings">
        {items.map((finding) => {
          const citation = sources.find((source) => source.id === `finding:${finding.id}`);
          return (
            <li key={finding.id}>
              <details>
                <summary>
                  <span className="finding-title">{finding.title}</span>
                </summary>
                <p className="finding-body">{withEnglishQuotes(finding.body)}</p>
              </details>
              <p className="finding-meta small">
                <SourceClassBadge sourceClass={finding.sourceClass} />{' '}
                <span className="locator-inline" lang="en">
                  {finding.locator}
                </span>
                {citation && onCite && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="cite"
                      aria-label={t('chatSourceN', { n: citation.n })}
                      aria-haspopup="dialog"
                      onClick={(event) => onCite(citation, event.currentTarget)}
                    >
                      [{citation.n}]
                    </button>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
