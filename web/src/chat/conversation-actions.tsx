/** Export the conversation as Markdown and copy its permalink. */

import { useState } from 'react';
import type { ChatMessage } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { downloadText, fileSlug } from '../shared/csv.ts';
import { loadNotices } from '../shared/notices.ts';
import { conversationMarkdown } from './export-markdown.ts';
import { textOf } from './message-parts.ts';

const permalink = (id: string) => `${window.location.origin}/c/${id}`;

export function ConversationActions({ id, messages, canShare }: { id: string; messages: ChatMessage[]; canShare: boolean }) {
  const { t, language } = useLanguage();
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const exportMarkdown = async () => {
    try {
      const notices = await loadNotices();
      const markdown = conversationMarkdown(messages, {
        t,
        attribution: notices.attribution[language] ?? notices.attribution.en ?? '',
        disclaimer: notices.disclaimer[language] ?? notices.disclaimer.en ?? '',
        ...(canShare ? { url: permalink(id) } : {}),
      });
      const first = messages.find((message) => message.role === 'user');
      downloadText(`${fileSlug(first ? textOf(first) : 'conversation')}.md`, markdown, 'text/markdown;charset=utf-8');
      setStatus(null);
    } catch (error) {
      setStatus({ text: t('csvFailed', { message: (error as Error).message }), error: true });
    }
  };
  const copyLink = async () => {
    const url = permalink(id);
    try {
      if (!navigator.clipboard) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(url);
      setStatus({ text: t('chatLinkCopied') });
    } catch {
      setStatus({ text: t('chatLinkCopyFailed', { url }), error: true });
    }
  };
  return (
    <div className="conversation-actions">
      <button type="button" className="button secondary small" onClick={exportMarkdown}>
        {t('chatExportMarkdown')}
      </button>
      {canShare && (
        <button type="button" className="button secondary small" onClick={copyLink}>
          {t('chatCopyLink')}
        </button>
      )}
      <span role="status" className={`action-status small${status?.error ? ' warn-text' : ''}`}>
        {status?.text}
      </span>
    </div>
  );
}
