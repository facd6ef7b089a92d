/** A conversation being had (useChat on a Chat held by the page) or a shared one shown read-only. */
import { type Chat, useChat } from '@ai-sdk/react';
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import type { ChatMessage, ToolName } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import type { StringKey } from '../i18n/strings.ts';
import { useLimits } from '../shared/use-limits.ts';
import { Composer } from './composer.tsx';
import { ConversationActions } from './conversation-actions.tsx';
import { EmptyState } from './empty-state.tsx';
import { groundingOf, textOf, toolCallsOf } from './message-parts.ts';

// Answers (Markdown, result components, the source panel) load on demand, so the first screen stays
// light; the page asks for them as soon as it is idle, before the first answer arrives.
const loadMessageList = () => import('./message-list.tsx');
const MessageList = lazy(() => loadMessageList().then((module) => ({ default: module.MessageList })));
const preloadMessageList = () => void loadMessageList();

const TOOL_STATUS: Record<ToolName, StringKey> = {
  resolveOccupation: 'chatStatusresolveOccupation',
  getOccupation: 'chatStatusgetOccupation',
  rankOccupations: 'chatStatusrankOccupations',
  compareOccupations: 'chatStatuscompareOccupations',
  searchTasks: 'chatStatussearchTasks',
  groupExposure: 'chatStatusgroupExposure',
  countryExposure: 'chatStatuscountryExposure',
  rankCountries: 'chatStatusrankCountries',
  sectorExposure: 'chatStatussectorExposure',
  rankSectors: 'chatStatusrankSectors',
  rankSectorOccupations: 'chatStatusrankSectorOccupations',
  searchFindings: 'chatStatussearchFindings',
  defineTerms: 'chatStatusdefineTerms',
};

type Translate = ReturnType<typeof useLanguage>['t'];

/** What is happening now, per tool: "Looking up occupations…", "Reading ILO findings…". */
function statusText(status: string, messages: ChatMessage[], t: Translate): string {
  if (status === 'submitted') return t('chatStatusThinking');
  if (status !== 'streaming') return '';
  const last = messages.at(-1);
  if (last?.role !== 'assistant') return t('chatStatusThinking');
  const running = toolCallsOf(last).filter((call) => call.state === 'input-streaming' || call.state === 'input-available');
  const current = running.at(-1);
  if (current) return t(TOOL_STATUS[current.name]);
  return textOf(last) ? t('chatStatusWriting') : t('chatStatusThinking');
}

/** The error in words: network, timeout, or the server's own message. */
function describeError(error: Error, t: Translate): string {
  const message = error.message ?? '';
  if (/failed to fetch|networkerror|load failed|network request failed/i.test(message)) return t('chatErrorNetwork');
  try {
    const body = JSON.parse(message) as { error?: { code?: string; message?: string } };
    if (body.error?.code === 'timeout') return t('chatErrorTimeout');
    if (body.error?.message) return t('chatErrorGeneric', { message: body.error.message });
  } catch {
    // Not JSON: the stream's own error text.
  }
  return t('chatErrorGeneric', { message: message || error.name });
}

function useFollowScroll(trigger: unknown, active: boolean) {
  const end = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  useEffect(() => {
    const onScroll = () => {
      nearBottom.current = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 160;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `trigger` (the messages) is what should scroll the page along.
  useEffect(() => {
    if (active && nearBottom.current) end.current?.scrollIntoView?.({ block: 'end' });
  }, [trigger, active]);
  return end;
}

function ConversationHeader({
  id,
  messages,
  canShare,
  children,
}: {
  id: string;
  messages: ChatMessage[];
  canShare: boolean;
  children?: ReactNode;
}) {
  const { t } = useLanguage();
  const first = messages.find((message) => message.role === 'user');
  return (
    <header className="conversation-header">
      <h1 className="visually-hidden">{first ? textOf(first) : t('chatMessages')}</h1>
      {children}
      <ConversationActions id={id} messages={messages} canShare={canShare} />
    </header>
  );
}

export function LiveConversation({
  chat,
  onFirstSend,
  isSaved,
  initialQuestion,
}: {
  chat: Chat<ChatMessage>;
  onFirstSend: (id: string) => void;
  isSaved: boolean;
  initialQuestion?: string;
}) {
  const { t } = useLanguage();
  const { messages, sendMessage, status, error, stop, regenerate, clearError } = useChat({ chat, experimental_throttle: 40 });
  const busy = status === 'submitted' || status === 'streaming';
  const input = useRef<HTMLTextAreaElement>(null);
  const wasBusy = useRef(false);
  const end = useFollowScroll(messages, busy || messages.length > 0);
  const limits = useLimits();
  // The server accepts at most MAX_HISTORY_MESSAGES earlier messages plus the question.
  const atLimit = limits !== null && messages.length > limits.maxHistoryMessages;

  const current = statusText(status, messages, t);
  const announceDone = wasBusy.current && !busy && !error;
  useEffect(() => {
    wasBusy.current = busy;
  }, [busy]);

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 1500));
    idle(() => preloadMessageList());
  }, []);

  /** `keepFocus`: a suggestion chosen with the keyboard disappears, so focus moves on to the question box. */
  const send = (question: string, keepFocus = false) => {
    if (busy || atLimit) return;
    if (messages.length === 0) onFirstSend(chat.id);
    void sendMessage({ text: question });
    if (keepFocus) input.current?.focus();
  };
  // "Ask about this occupation" in the explorer opens `/?q=...`: the question is sent once, on arrival.
  const askedInitial = useRef(false);
  useEffect(() => {
    if (initialQuestion && !askedInitial.current && messages.length === 0) {
      askedInitial.current = true;
      send(initialQuestion.slice(0, limits?.maxQuestionChars));
    }
  });
  // Only after a failure: the failed answer (if any) is dropped and the same question is sent once more.
  const retry = () => {
    clearError();
    void regenerate();
  };
  const finished = messages.some((message) => message.role === 'assistant' && groundingOf(message));

  return (
    <div className="conversation">
      {messages.length === 0 ? (
        <EmptyState onAsk={send} disabled={busy} />
      ) : (
        <>
          <ConversationHeader id={chat.id} messages={messages} canShare={isSaved || finished} />
          <Suspense fallback={<p className="status">{t('loading')}</p>}>
            <MessageList messages={messages} streaming={busy} failed={Boolean(error)} onAsk={atLimit ? undefined : send} />
          </Suspense>
        </>
      )}
      <p className="chat-status" role="status" aria-live="polite">
        {current ? (
          <>
            <span className="spinner" aria-hidden="true" />
            {current}
          </>
        ) : announceDone ? (
          <span className="visually-hidden">{t('chatStatusDone')}</span>
        ) : null}
      </p>
      {error && (
        <div className="chat-error" role="alert">
          <p>{describeError(error, t)}</p>
          <button type="button" className="button" onClick={retry}>
            {t('chatRetry')}
          </button>
        </div>
      )}
      <div ref={end} />
      {atLimit && !busy && <p className="note">{t('chatHistoryLimit')}</p>}
      <div className="composer-dock">
        <Composer
          onSend={send}
          onStop={() => void stop()}
          busy={busy}
          disabled={atLimit}
          inputRef={input}
          maxChars={limits?.maxQuestionChars}
        />
      </div>
    </div>
  );
}

export function ReadOnlyConversation({ id, messages, onStartOwn }: { id: string; messages: ChatMessage[]; onStartOwn: () => void }) {
  const { t } = useLanguage();
  return (
    <div className="conversation read-only" data-testid="read-only-conversation">
      <div className="read-only-note" role="note">
        <p>
          <span className="strong">{t('chatReadOnly')}</span> <span className="muted">{t('chatReadOnlyHelp')}</span>
        </p>
        <button type="button" className="button" onClick={onStartOwn}>
          {t('chatStartOwn')}
        </button>
      </div>
      <ConversationHeader id={id} messages={messages} canShare />
      <Suspense fallback={<p className="status">{t('loading')}</p>}>
        <MessageList messages={messages} streaming={false} />
      </Suspense>
    </div>
  );
}
