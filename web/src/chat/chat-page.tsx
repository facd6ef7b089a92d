/**
 * The chat (routes `/` and `/c/:id`). The page keeps one AI SDK Chat per conversation started or
 * continued in this tab, so an answer keeps streaming while the URL changes from `/` to `/c/<id>` and
 * while the reader looks at another conversation. A `/c/:id` that is not live here is loaded from the
 * server: this browser's own conversations continue, anyone else's are shown read-only.
 */
import { Chat } from '@ai-sdk/react';
import { DefaultChatTransport } from 'ai';
import { type ReactNode, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import type { ChatMessage, ConversationSummary, SavedConversation } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { useLimits } from '../shared/use-limits.ts';
import { clientId, deleteConversation, fetchConversation, listConversations, randomId } from './chat-api.ts';
import { ConversationSidebar } from './conversation-sidebar.tsx';
import { LiveConversation, ReadOnlyConversation } from './conversation-view.tsx';
import { textOf } from './message-parts.ts';
import { jsonBytes, requestBudget, requestMessages } from './request-size.ts';
import './chat.css';

/** This browser's saved conversations; refreshed after each answer (the server saves when it ends). */
function useConversations() {
  const [state, setState] = useState<{ items: ConversationSummary[]; loading: boolean; error: boolean }>({
    items: [],
    loading: true,
    error: false,
  });
  const load = useCallback(async (expectId?: string, attempt = 0): Promise<void> => {
    try {
      const items = await listConversations();
      setState({ items, loading: false, error: false });
      // The save happens as the stream closes, which may be a moment after the browser saw the end.
      if (expectId && attempt < 2 && !items.some((item) => item.id === expectId)) {
        await new Promise((resolve) => setTimeout(resolve, 700 * (attempt + 1)));
        return load(expectId, attempt + 1);
      }
    } catch {
      setState((previous) => ({ ...previous, loading: false, error: true }));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return {
    ...state,
    refresh: load,
    setItems: (update: (items: ConversationSummary[]) => ConversationSummary[]) =>
      setState((previous) => ({ ...previous, items: update(previous.items) })),
  };
}

type Loaded =
  | { id: string; status: 'loading' }
  | { id: string; status: 'loaded'; conversation: SavedConversation }
  | { id: string; status: 'missing' }
  | { id: string; status: 'failed'; message: string };

export default function ChatPage() {
  const { id: routeId } = useParams();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const initialQuestion = searchParams.get('q')?.trim() || undefined;
  const { t, language } = useLanguage();
  const languageRef = useRef(language);
  languageRef.current = language;
  // Read when a request is sent: the transport is made once, the limits arrive after the first render.
  const limits = useLimits();
  const limitsRef = useRef(limits);
  limitsRef.current = limits;
  const conversations = useConversations();
  const refreshRef = useRef(conversations.refresh);
  refreshRef.current = conversations.refresh;

  // One transport for every chat: the browser's id as header, the interface language read at send time.
  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatMessage>({
        api: '/api/chat',
        headers: { 'x-client-id': clientId() },
        body: () => ({ language: languageRef.current }),
        prepareSendMessagesRequest: ({ id, messages, body, trigger, messageId }) => {
          const rest = { ...body, id, trigger, messageId };
          return { body: { ...rest, messages: requestMessages(messages, jsonBytes(rest), requestBudget(limitsRef.current)) } };
        },
      }),
    [],
  );
  const chats = useRef(new Map<string, Chat<ChatMessage>>());
  const [, setChatsVersion] = useState(0);
  const chatFor = useCallback(
    (id: string, messages?: ChatMessage[]) => {
      let chat = chats.current.get(id);
      if (!chat) {
        chat = new Chat<ChatMessage>({ id, messages, transport, onFinish: () => void refreshRef.current(id) });
        chats.current.set(id, chat);
      }
      return chat;
    },
    [transport],
  );

  // `/` always shows a fresh conversation: coming back to it after one started gets a new id.
  const [freshId, setFreshId] = useState(randomId);
  useLayoutEffect(() => {
    if (!routeId && (chats.current.get(freshId)?.messages.length ?? 0) > 0) setFreshId(randomId());
  }, [routeId, freshId]);

  const startNew = useCallback(() => {
    setFreshId(randomId());
    navigate('/');
  }, [navigate]);

  // A `/c/:id` that is not live in this tab: load it, and find out whether this browser owns it.
  const live = routeId ? chats.current.has(routeId) : true;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!routeId || chats.current.has(routeId)) return;
    const controller = new AbortController();
    setLoaded({ id: routeId, status: 'loading' });
    fetchConversation(routeId, controller.signal).then(
      (conversation) => setLoaded({ id: routeId, status: 'loaded', conversation }),
      (error: Error) => {
        if (error.name === 'AbortError') return;
        setLoaded(
          error instanceof ApiError && (error.status === 404 || error.status === 400)
            ? { id: routeId, status: 'missing' }
            : { id: routeId, status: 'failed', message: error.message },
        );
      },
    );
    return () => controller.abort();
  }, [routeId]);

  const current = loaded && loaded.id === routeId ? loaded : null;
  const owned = current?.status === 'loaded' && !conversations.loading && conversations.items.some((item) => item.id === current.id);
  useEffect(() => {
    if (owned && current?.status === 'loaded' && !chats.current.has(current.id)) {
      chatFor(current.id, current.conversation.messages);
      setChatsVersion((value) => value + 1);
    }
  }, [owned, current, chatFor]);

  const onFirstSend = useCallback(
    (id: string) => {
      navigate(`/c/${id}`);
      setChatsVersion((value) => value + 1);
    },
    [navigate],
  );

  const onDelete = useCallback(
    async (id: string) => {
      try {
        await deleteConversation(id);
      } catch {
        // Already gone, or not ours: the refreshed list tells the truth either way.
      }
      chats.current.get(id)?.stop();
      chats.current.delete(id);
      conversations.setItems((items) => items.filter((item) => item.id !== id));
      if (id === routeId) startNew();
      void conversations.refresh();
    },
    [conversations, routeId, startNew],
  );

  // The list shows conversations started here before the server has saved them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the chats live in a ref; a new route or chat count is when they changed.
  const listed = useMemo(() => {
    const saved = new Set(conversations.items.map((item) => item.id));
    const pending: ConversationSummary[] = [];
    for (const [id, chat] of chats.current) {
      const first = chat.messages.find((message) => message.role === 'user');
      if (!saved.has(id) && first) pending.push({ id, title: textOf(first), language, updatedAt: '' });
    }
    return [...pending.reverse(), ...conversations.items];
  }, [conversations.items, routeId, language, chats.current.size]);

  const activeId = routeId ?? null;
  useEffect(() => {
    const title = listed.find((item) => item.id === activeId)?.title;
    document.title = title ? `${title} · ${t('appName')}` : t('appName');
    return () => {
      document.title = t('appName');
    };
  }, [activeId, listed, t]);

  let body: ReactNode;
  if (!routeId) {
    body = (
      <LiveConversation key={freshId} chat={chatFor(freshId)} onFirstSend={onFirstSend} isSaved={false} initialQuestion={initialQuestion} />
    );
  } else if (live) {
    body = (
      <LiveConversation
        key={routeId}
        chat={chats.current.get(routeId)!}
        onFirstSend={onFirstSend}
        isSaved={conversations.items.some((item) => item.id === routeId)}
      />
    );
  } else if (!current || current.status === 'loading' || (current.status === 'loaded' && (conversations.loading || owned))) {
    body = (
      <p className="status" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('chatLoadingConversation')}
      </p>
    );
  } else if (current.status === 'loaded') {
    body = <ReadOnlyConversation key={routeId} id={routeId} messages={current.conversation.messages} onStartOwn={startNew} />;
  } else {
    body = (
      <div className="conversation-missing">
        <h1>{t('chatConversations')}</h1>
        <p role="alert">{current.status === 'missing' ? t('chatNotFound') : t('errorLoading', { message: current.message })}</p>
        <button type="button" className="button" onClick={startNew}>
          {t('chatStartOwn')}
        </button>
      </div>
    );
  }

  return (
    <div className="chat-layout">
      <ConversationSidebar
        items={listed}
        loading={conversations.loading}
        error={conversations.error}
        currentId={activeId}
        onNew={startNew}
        onDelete={onDelete}
      />
      <div className="chat-main">{body}</div>
    </div>
  );
}
