/** Saved chat conversations (UI messages as useChat holds them). */
import type { ChatMessage } from '../chat/chat-message.ts';
import type { Db, Queryable } from '../db/db.ts';

export interface ConversationSummary {
  id: string;
  title: string;
  language: string;
  updatedAt: string;
}

export interface Conversation extends ConversationSummary {
  messages: ChatMessage[];
  createdAt: string;
}

const titleOf = (messages: ChatMessage[]) => {
  const first = messages.find((message) => message.role === 'user');
  const text =
    first?.parts
      .map((part) => (part.type === 'text' ? part.text : ''))
      .join(' ')
      .trim() ?? '';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text || 'Conversation';
};

/** Creates or replaces a conversation; someone else's conversation id is never overwritten. */
export async function saveConversation(
  db: Db,
  input: { id: string; owner: string; language: string; messages: ChatMessage[] },
): Promise<boolean> {
  // Writes go through transaction(): plain queries are read-only on an external database.
  const rows = await db.transaction((tx) =>
    tx.query<{ id: string }>(
      `INSERT INTO conversations (id, owner, title, language, messages) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (id) DO UPDATE SET messages = EXCLUDED.messages, language = EXCLUDED.language, updated_at = now()
     WHERE conversations.owner = EXCLUDED.owner
     RETURNING id`,
      [input.id, input.owner, titleOf(input.messages), input.language, JSON.stringify(input.messages)],
    ),
  );
  return rows.length > 0;
}

const iso = (value: Date | string) => new Date(value).toISOString();

export async function listConversations(db: Queryable, owner: string, limit = 50): Promise<ConversationSummary[]> {
  const rows = await db.query<{ id: string; title: string; language: string; updated_at: Date | string }>(
    'SELECT id, title, language, updated_at FROM conversations WHERE owner = $1 ORDER BY updated_at DESC LIMIT $2',
    [owner, limit],
  );
  return rows.map((row) => ({ id: row.id, title: row.title, language: row.language, updatedAt: iso(row.updated_at) }));
}

export async function getConversation(db: Queryable, id: string): Promise<Conversation | null> {
  const [row] = await db.query<{
    id: string;
    title: string;
    language: string;
    messages: ChatMessage[];
    created_at: Date | string;
    updated_at: Date | string;
  }>('SELECT id, title, language, messages, created_at, updated_at FROM conversations WHERE id = $1', [id]);
  return row
    ? {
        id: row.id,
        title: row.title,
        language: row.language,
        messages: row.messages,
        createdAt: iso(row.created_at),
        updatedAt: iso(row.updated_at),
      }
    : null;
}

export async function deleteConversation(db: Db, id: string, owner: string): Promise<boolean> {
  return (
    (await db.transaction((tx) => tx.query('DELETE FROM conversations WHERE id = $1 AND owner = $2 RETURNING id', [id, owner]))).length > 0
  );
}
