/** The sources a response came from: title, locator and link, with the source class in words. */
import type { SourceRef } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { sourceClassText } from '../shared/labels.ts';
import { isWebUrl } from '../shared/web-url.ts';

export function SourceList({ sources, headingLevel = 2 }: { sources: SourceRef[]; headingLevel?: 2 | 3 }) {
  const { t, language } = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (sources.length === 0) return null;
  return (
    <section className="source-list" aria-labelledby="sources-heading">
      <Heading id="sources-heading">{t('exploreSourcesHeading')}</Heading>
      <ol>
        {sources.map((source) => (
          <li key={source.id}>
            {isWebUrl(source.url) ? (
              <a href={source.url} target="_blank" rel="noreferrer" lang="en">
                {source.title}
              </a>
            ) : (
              <span className="source-title" lang="en">
                {source.title}
              </span>
            )}
            {source.sourceClass && <span className="source-class"> ({sourceClassText(source.sourceClass, t)})</span>}
            <div className="source-locator" lang="en">
              {source.locator}
            </div>
            {!isWebUrl(source.url) && source.url && (
              <div className="source-locator">
                {t('exploreSourceFile', { file: '' })}
                <code>{source.url}</code>
              </div>
            )}
          </li>
        ))}
      </ol>
      {language === 'zh-TW' && <p className="muted small">{t('exploreSourcesInEnglish')}</p>}
    </section>
  );
}
