/** The first screen: what this is, and suggested questions for each audience in the current language. */
import { useId } from 'react';
import { useLanguage } from '../i18n/language.tsx';
import type { StringKey } from '../i18n/strings.ts';

const AUDIENCES: { title: StringKey; questions: StringKey[] }[] = [
  { title: 'chatAudiencePolicymaker', questions: ['chatSuggestPolicy1', 'chatSuggestPolicy2', 'chatSuggestPolicy3', 'chatSuggestPolicy4'] },
  { title: 'chatAudienceUnion', questions: ['chatSuggestUnion1', 'chatSuggestUnion2', 'chatSuggestUnion3', 'chatSuggestUnion4'] },
  { title: 'chatAudienceStudent', questions: ['chatSuggestStudent1', 'chatSuggestStudent2', 'chatSuggestStudent3', 'chatSuggestStudent4'] },
];

export function EmptyState({ onAsk, disabled }: { onAsk: (question: string, fromKeyboard: boolean) => void; disabled?: boolean }) {
  const { t } = useLanguage();
  const headingId = useId();
  return (
    <section className="empty-state" aria-labelledby={headingId} data-testid="empty-state">
      <h1 id={headingId}>{t('chatTitle')}</h1>
      <p className="lead">{t('chatIntro')}</p>
      <p className="muted small">{t('chatExposureNote')}</p>
      <h2 className="suggestions-heading">{t('chatSuggestionsHeading')}</h2>
      <div className="audiences">
        {AUDIENCES.map((audience) => (
          <section key={audience.title} className="audience" aria-label={t(audience.title)}>
            <h3>{t(audience.title)}</h3>
            <ul>
              {audience.questions.map((key) => (
                <li key={key}>
                  <button type="button" className="suggestion" disabled={disabled} onClick={(event) => onAsk(t(key), event.detail === 0)}>
                    {t(key)}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
