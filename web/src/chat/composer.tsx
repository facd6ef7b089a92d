/** The question box: Enter sends, Shift+Enter adds a line; Stop while an answer streams. */
import { type KeyboardEvent, type ReactNode, type Ref, useId, useRef, useState } from 'react';
import { useLanguage } from '../i18n/language.tsx';

/** Key names in a hint as keys (<kbd>), in either language: "按 Enter 送出". */
function withKeys(hint: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const part of hint.split(/\b(Enter|Shift)\b/)) {
    parts.push(/^(Enter|Shift)$/.test(part) ? <kbd key={at}>{part}</kbd> : part);
    at += part.length;
  }
  return parts;
}

export function Composer({
  onSend,
  onStop,
  busy,
  disabled,
  inputRef,
  maxChars,
}: {
  onSend: (question: string) => void;
  onStop: () => void;
  busy: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
  /** The server's MAX_QUESTION_CHARS; unknown until the limits arrive. */
  maxChars?: number;
}) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement | null>(null);
  const setBox = (node: HTMLTextAreaElement | null) => {
    box.current = node;
    if (typeof inputRef === 'function') inputRef(node);
    else if (inputRef) inputRef.current = node;
  };
  const inputId = useId();
  const hintId = useId();
  const question = text.trim();
  const remaining = maxChars === undefined ? Number.POSITIVE_INFINITY : maxChars - text.length;
  const submit = () => {
    if (!question || busy || disabled) return;
    onSend(question);
    setText('');
    // Send turns into Stop (and back): keep keyboard focus in the question box rather than losing it.
    box.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Not while an input method is composing (Chinese input confirms candidates with Enter).
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || event.keyCode === 229) return;
    event.preventDefault();
    submit();
  };
  const rows = Math.min(8, Math.max(2, text.split('\n').length));
  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        {t('chatComposerLabel')}
      </label>
      <div className="composer-row">
        <textarea
          id={inputId}
          ref={setBox}
          value={text}
          rows={rows}
          maxLength={maxChars}
          placeholder={t('chatComposerPlaceholder')}
          aria-describedby={hintId}
          disabled={disabled}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        {busy ? (
          <button
            type="button"
            className="button stop"
            onClick={() => {
              onStop();
              box.current?.focus();
            }}
          >
            <span aria-hidden="true" className="stop-icon" />
            {t('chatStop')}
          </button>
        ) : (
          <button type="submit" className="button" disabled={!question || disabled}>
            {t('chatSend')}
          </button>
        )}
      </div>
      <p id={hintId} className="composer-hint">
        {withKeys(t('chatComposerHint'))}
        {remaining <= 200 && (
          <span className={remaining <= 20 ? 'warn-text' : undefined}> · {t('chatCharactersLeft', { count: remaining })}</span>
        )}
      </p>
    </form>
  );
}
