/** The conversation: questions, answers with their grounding and data, and the source panel. */
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { ChatMessage, Citation, Grounding } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { ClarifyChoices, FollowUps, followUpsOf, UnderstoodLine, understoodOf } from './answer-choices.tsx';
import { AnswerMarkdown, type OpenCitation } from './answer-markdown.tsx';
import { CitationPanel } from './citation-panel.tsx';
import { citationsOf, citedNumbers, displayedAnswer, groundingOf, noticesOf, sourceDetail, textOf, toolCallsOf } from './message-parts.ts';
import { quotedTaskStatements } from './quoted-english.ts';
import { ToolResults } from './tool-results.tsx';

const NONE: readonly string[] = [];

export function GroundingMark({ grounding }: { grounding: Grounding }) {
  const { t } = useLanguage();
  const unverified = grounding.unverified ?? [];
  if (unverified.length > 0) {
    const numbers = unverified.join(', ');
    return (
      <div className="grounding warn" data-testid="grounding-warning" role="note">
        <p>
          <span aria-hidden="true" className="grounding-icon">
            !
          </span>
          {unverified.length === 1
            ? t('chatGroundingWarningOne', { numbers })
            : t('chatGroundingWarningMany', { count: unverified.length, numbers })}
        </p>
        <p className="small">{t('chatGroundingWarningHelp')}</p>
      </div>
    );
  }
  // What it checks, and no more: that each number is in the cited data, not that the question was read right.
  if (grounding.numbers > 0) {
    return (
      <p className="grounding ok" data-testid="grounding-ok">
        <span aria-hidden="true" className="grounding-icon">
          ✓
        </span>
        {grounding.verified === 1 ? t('chatGroundingOkOne') : t('chatGroundingOk', { count: grounding.verified })}
      </p>
    );
  }
  return null;
}

function SourceList({ citations, numbers, onCite }: { citations: ReadonlyMap<number, Citation>; numbers: number[]; onCite: OpenCitation }) {
  const { t } = useLanguage();
  const listed = numbers.map((n) => citations.get(n)).filter((citation): citation is Citation => citation !== undefined);
  if (listed.length === 0) return null;
  return (
    <details className="source-list">
      <summary>
        {t('chatSourcesHeading')} ({listed.length})
      </summary>
      <ol>
        {listed.map((citation) => (
          <li key={citation.n} value={citation.n}>
            <button type="button" className="link-button" aria-haspopup="dialog" onClick={(event) => onCite(citation, event.currentTarget)}>
              {citation.title}
            </button>
            <span className="locator">{citation.locator}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

export const AssistantMessage = memo(function AssistantMessage({
  message,
  streaming,
  failed,
  onCite,
  onAsk,
  last,
}: {
  message: ChatMessage;
  streaming: boolean;
  failed: boolean;
  onCite: (message: ChatMessage, citation: Citation, trigger: HTMLElement) => void;
  /** Sends a question; absent where the reader cannot ask (a shared conversation). */
  onAsk?: (question: string) => void;
  /** The latest answer: only it offers follow-ups. */
  last: boolean;
}) {
  const { t } = useLanguage();
  const grounding = groundingOf(message);
  const { text, draft } = displayedAnswer(message);
  const citations = useMemo(() => citationsOf(message), [message]);
  const calls = useMemo(() => toolCallsOf(message), [message]);
  const english = useMemo(() => (grounding?.language === 'en' ? NONE : quotedTaskStatements(calls)), [calls, grounding?.language]);
  const notices = noticesOf(message);
  const unverified = grounding?.unverified?.length ? grounding.unverified : NONE;
  const cite = useCallback<OpenCitation>((citation, trigger) => onCite(message, citation, trigger), [message, onCite]);
  const cited = useMemo(() => {
    const numbers = citedNumbers(text);
    return numbers.length > 0 ? numbers : [...citations.keys()];
  }, [text, citations]);
  const stopped = !streaming && !grounding && !failed && (text.length > 0 || calls.length > 0);
  const understood = understoodOf(message);
  const followUps = last && !streaming && onAsk ? followUpsOf(message) : [];
  return (
    <article
      className="message message-assistant"
      aria-label={t('chatAssistant')}
      aria-busy={streaming || undefined}
      lang={grounding?.language ?? undefined}
    >
      {notices.map((notice) => (
        <p key={notice} className="notice" role="note">
          <span className="strong">{t('chatNotice')}:</span> {notice}
        </p>
      ))}
      {understood && <UnderstoodLine understood={understood} />}
      {text && (
        <AnswerMarkdown
          text={text}
          unverified={unverified}
          english={english}
          citations={citations}
          onCite={cite}
          tablesFolded={calls.some((call) => call.data && call.name !== 'resolveOccupation')}
        />
      )}
      {understood && !streaming && <ClarifyChoices understood={understood} onAsk={onAsk} />}
      {grounding?.repaired && grounding.repairedAnswer && (
        <div className="repaired note small">
          <p>{t('chatRepaired')}</p>
          {draft && (
            <details>
              <summary>{t('chatShowDraft')}</summary>
              <div className="draft">{draft}</div>
            </details>
          )}
        </div>
      )}
      {grounding && <GroundingMark grounding={grounding} />}
      {stopped && <p className="note small">{t('chatStopped')}</p>}
      {!streaming && <SourceList citations={citations} numbers={cited} onCite={cite} />}
      <ToolResults calls={calls} onCite={cite} />
      {followUps.length > 0 && <FollowUps questions={followUps} onAsk={onAsk} />}
    </article>
  );
});

export function UserMessage({ message }: { message: ChatMessage }) {
  const { t } = useLanguage();
  return (
    <div className="message message-user">
      <h2 className="question">
        <span className="visually-hidden">{t('chatYou')}: </span>
        {textOf(message)}
      </h2>
    </div>
  );
}

interface OpenPanel {
  messageId: string;
  citation: Citation;
}

/** Every message in order, and one source panel at a time, for whichever answer's marker was clicked. */
export function MessageList({
  messages,
  streaming,
  failed,
  onAsk,
}: {
  messages: ChatMessage[];
  streaming: boolean;
  failed?: boolean;
  onAsk?: (question: string) => void;
}) {
  const [panel, setPanel] = useState<OpenPanel | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const openCitation = useCallback((message: ChatMessage, citation: Citation, element: HTMLElement) => {
    trigger.current = element;
    setPanel({ messageId: message.id, citation });
  }, []);
  const closePanel = useCallback(() => {
    // Back to the marker that opened the panel, so keyboard users keep their place in the answer.
    if (trigger.current?.isConnected) trigger.current.focus();
    trigger.current = null;
    setPanel(null);
  }, []);
  const panelMessage = panel ? messages.find((message) => message.id === panel.messageId) : undefined;
  const detail = useMemo(() => (panel && panelMessage ? sourceDetail(panelMessage, panel.citation) : null), [panel, panelMessage]);
  const last = messages.at(-1);
  return (
    <>
      <div className="messages">
        {messages.map((message) =>
          message.role === 'user' ? (
            <UserMessage key={message.id} message={message} />
          ) : message.role === 'assistant' ? (
            <AssistantMessage
              key={message.id}
              message={message}
              streaming={streaming && message === last}
              failed={Boolean(failed) && message === last}
              onCite={openCitation}
              onAsk={onAsk}
              last={message === last}
            />
          ) : null,
        )}
      </div>
      {panel && (
        <CitationPanel key={`${panel.messageId}-${panel.citation.n}`} citation={panel.citation} detail={detail} onClose={closePanel} />
      )}
    </>
  );
}
