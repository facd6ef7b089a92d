/**
 * What an answer says it answered, and the questions the reader can send with one click: each reading of
 * a name the server could not settle ("Did you mean…"), and follow-ups. The server writes both (the
 * data-understood and data-follow-ups parts), the same for every model.
 */
import type { Understood } from '../../../server/chat/turn.ts';
import type { ChatMessage } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';

type Choice = { label: string; question: string };

export const understoodOf = (message: ChatMessage): Understood | null => {
  const understood = message.parts.findLast((part) => part.type === 'data-understood')?.data;
  return understood && typeof understood.summary === 'string' ? understood : null;
};

export const followUpsOf = (message: ChatMessage): string[] => {
  const questions: unknown = message.parts.findLast((part) => part.type === 'data-follow-ups')?.data;
  return Array.isArray(questions) ? questions.filter((question): question is string => typeof question === 'string') : [];
};

/** The one line an answer opens with: "Answering: Nursing Professionals (ISCO-08 2221) · not used: 'safe'". */
export function UnderstoodLine({ understood }: { understood: Understood }) {
  return (
    <p className="understood" data-testid="understood">
      {understood.summary}
    </p>
  );
}

function ChoiceList({
  heading,
  choices,
  onAsk,
  testId,
}: {
  heading: string;
  choices: Choice[];
  onAsk?: (question: string) => void;
  testId: string;
}) {
  if (choices.length === 0) return null;
  return (
    <div className="choices" data-testid={testId}>
      <p className="choices-heading">{heading}</p>
      <ul>
        {choices.map((choice) => (
          <li key={choice.question}>
            <button type="button" className="suggestion" disabled={!onAsk} onClick={() => onAsk?.(choice.question)}>
              {choice.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The readings of a doubtful name, as buttons that ask the question again with that reading. */
export function ClarifyChoices({ understood, onAsk }: { understood: Understood; onAsk?: (question: string) => void }) {
  const { t, language } = useLanguage();
  const clarify = understood.clarify;
  if (!clarify || clarify.options.length === 0) return null;
  const code = (option: { kind: string; id: string }) =>
    option.kind !== 'occupation' ? '' : language === 'zh-TW' ? `（ISCO-08 ${option.id}）` : ` (ISCO-08 ${option.id})`;
  return (
    <ChoiceList
      heading={t(clarify.reason === 'ambiguous' ? 'chatChoicesOtherReadings' : 'chatChoicesDidYouMean', { text: clarify.fromText })}
      choices={clarify.options.map((option) => ({ label: `${option.label}${code(option)}`, question: option.question }))}
      onAsk={onAsk}
      testId="clarify-choices"
    />
  );
}

/** Follow-up questions, never one already asked (the server leaves those out). */
export function FollowUps({ questions, onAsk }: { questions: string[]; onAsk?: (question: string) => void }) {
  const { t } = useLanguage();
  return (
    <ChoiceList
      heading={t('chatChoicesFollowUps')}
      choices={questions.map((question) => ({ label: question, question }))}
      onAsk={onAsk}
      testId="follow-ups"
    />
  );
}
