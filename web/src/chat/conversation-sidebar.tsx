/** This browser's conversations: a side column on wide screens, a collapsible list on phones. */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { ConversationSummary } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { formatDate } from '../shared/format.ts';

export function ConversationSidebar({
  items,
  loading,
  error,
  currentId,
  onNew,
  onDelete,
}: {
  items: ConversationSummary[];
  loading: boolean;
  error: boolean;
  currentId: string | null;
  onNew: () => void;
  onDelete: (id: string) => Promise<void>;
}) {
  const { t, language } = useLanguage();
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const listId = useId();
  const close = () => setOpen(false);
  return (
    <nav className={`chat-sidebar${open ? ' open' : ''}`} aria-label={t('chatConversations')} data-testid="conversation-sidebar">
      <div className="chat-sidebar-bar">
        <button
          type="button"
          className="button secondary sidebar-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          <span aria-hidden="true" className={`chevron${open ? ' open' : ''}`} />
          {t('chatConversations')}
          {items.length > 0 && <span className="count"> ({items.length})</span>}
        </button>
        <button
          type="button"
          className="button new-conversation"
          onClick={() => {
            close();
            onNew();
          }}
        >
          <span aria-hidden="true">+ </span>
          {t('chatNewConversation')}
        </button>
      </div>
      <div className="chat-sidebar-body" id={listId}>
        <h2 className="sidebar-heading">{t('chatConversations')}</h2>
        {error && <p className="error small">{t('chatConversationsFailed')}</p>}
        {!error && !loading && items.length === 0 && <p className="muted small">{t('chatNoConversations')}</p>}
        <ul className="conversation-list">
          {items.map((item) => (
            <li key={item.id} className={item.id === currentId ? 'current' : undefined}>
              <Link to={`/c/${item.id}`} aria-current={item.id === currentId ? 'page' : undefined} onClick={close}>
                <span className="conversation-title">{item.title}</span>
                {item.updatedAt && <span className="conversation-date">{formatDate(item.updatedAt, language)}</span>}
              </Link>
              {confirming === item.id ? (
                <span className="confirm-delete">
                  <button
                    type="button"
                    className="button danger small"
                    onClick={async () => {
                      setConfirming(null);
                      await onDelete(item.id);
                    }}
                  >
                    {t('chatDeleteConfirm')}
                  </button>
                  <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                    {t('chatDeleteCancel')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="icon-button delete"
                  aria-label={t('chatDeleteNamed', { title: item.title })}
                  onClick={() => setConfirming(item.id)}
                >
                  <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" focusable="false">
                    <path d="M6 2h4l1 1h3v2H2V3h3l1-1zm-2 4h8l-.7 8H4.7L4 6z" fill="currentColor" />
                  </svg>
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
