/**
 * Saved chat conversations. The server owns them: a turn appends the question it accepted and the answer
 * it generated, never what a client sends as earlier messages. Messages are rows appended per turn, and
 * each client's conversations are capped in number and size (oldest dropped), as is the total.
 */
import type { ChatMessage } from '../chat/chat-message.ts';
import type { TextTurn } from '../chat/client-messages.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { ConversationHeads } from './conversation-heads.ts';

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

/** What a turn needs of a stored conversation: who owns it, how big it is, and its latest messages as text. */
export interface StoredConversation {
  owner: string;
  messageCount: number;
  bytes: number;
  recent: TextTurn[];
}

/** A message as the model reads it in later turns: an answer as it was shown (repaired, if it was). */
function plainText(message: ChatMessage): string {
  const grounding = message.parts.find((part) => part.type === 'data-grounding');
  if (grounding?.data.repairedAnswer !== undefined) return grounding.data.repairedAnswer;
  return message.parts
    .map((part) => (part.type === 'text' ? part.text : ''))
    .join('')
    .trim();
}

export type AppendResult = { saved: true; dropped: number } | { saved: false; reason: 'taken' };

export type ConversationLimits = Pick<
  Config,
  | 'MAX_CONVERSATIONS_PER_CLIENT'
  | 'MAX_CONVERSATION_BYTES_PER_CLIENT'
  | 'MAX_CONVERSATIONS_PER_ADDRESS'
  | 'MAX_CONVERSATION_BYTES_PER_ADDRESS'
  | 'MAX_CONVERSATION_BYTES_TOTAL'
>;

// On PGlite nothing vacuums in the background: every so many writes, the store does.
const VACUUM_EVERY_WRITES = 200;

const titleOf = (message: ChatMessage) => {
  const text = message.parts
    .map((part) => (part.type === 'text' ? part.text : ''))
    .join(' ')
    .trim();
  return text.length > 80 ? `${text.slice(0, 77)}…` : text || 'Conversation';
};

const iso = (value: Date | string) => new Date(value).toISOString();
const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Per embedded database (every store and view of it shares one): on PGlite this process is the only writer (the
 * DATA_DIR lock), so what it keeps of the conversations it read and wrote is what is stored.
 */
const headsByDatabase = new WeakMap<object, ConversationHeads>();

function headsOf(db: Db): ConversationHeads | null {
  if (db.kind !== 'pglite') return null;
  let heads = headsByDatabase.get(db.identity);
  if (!heads) {
    heads = new ConversationHeads(async () => (await db.query<{ id: string }>('SELECT id FROM conversations')).map((row) => row.id));
    headsByDatabase.set(db.identity, heads);
  }
  return heads;
}

export class ConversationStore {
  private writes = 0;
  /** The last failed write, until a write succeeds again (shown by /api/health). */
  lastError: { message: string; at: string } | null = null;
  /** On the embedded database: what this process last read and wrote of its conversations. */
  private readonly heads: ConversationHeads | null;

  constructor(
    private readonly db: Db,
    readonly limits: ConversationLimits,
  ) {
    this.heads = headsOf(db);
  }

  async load(id: string, recentCount: number): Promise<StoredConversation | null> {
    const kept = await this.heads?.get(id, recentCount);
    if (kept !== undefined) return kept && { ...kept, recent: kept.recent.filter((turn) => turn.content !== '') };
    const version = this.heads?.version ?? 0;
    const stored = await this.read(id, recentCount);
    if (stored) this.heads?.remember(id, stored, version);
    return stored && { ...stored, recent: stored.recent.filter((turn) => turn.content !== '') };
  }

  /** Its owner, size and latest messages (empty ones included) as stored. */
  private async read(id: string, recentCount: number): Promise<StoredConversation | null> {
    const rows = await this.db.query<{
      owner: string;
      message_count: number;
      bytes: number | string;
      role: 'user' | 'assistant' | null;
      text: string | null;
    }>('SELECT * FROM conversation_recent($1, $2)', [id, recentCount]);
    const [first] = rows;
    if (!first) return null;
    return {
      owner: first.owner,
      messageCount: first.message_count,
      bytes: Number(first.bytes),
      // A conversation without messages has one row, with neither.
      recent: rows.flatMap((row) => (row.role ? [{ role: row.role, content: row.text ?? '' }] : [])),
    };
  }

  /**
   * Appends one turn's messages (creating the conversation on its first turn) and drops the oldest other
   * conversations of the owner, and of the client address it came from, beyond the caps (migration 0007).
   * Another owner's conversation id is never written.
   */
  async append(input: { id: string; owner: string; address: string; language: string; messages: ChatMessage[] }): Promise<AppendResult> {
    const encoded = input.messages.map((message) => JSON.stringify(message));
    const bytes = encoded.reduce((sum, text) => sum + byteLength(text), 0);
    const texts = input.messages.map(plainText);
    const limits = this.limits;
    const [row] = await this.recordingFailure(() =>
      this.db.write<{ saved: boolean; message_count: number; bytes: number | string; dropped: string[] }>(
        'SELECT * FROM conversation_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)',
        [
          input.id,
          input.owner,
          input.address,
          titleOf(input.messages[0]!),
          input.language,
          input.messages.map((message) => message.role),
          texts,
          // One json array of the already-encoded messages (a text array would be escaped character by character).
          `[${encoded.join(',')}]`,
          bytes,
          limits.MAX_CONVERSATIONS_PER_CLIENT,
          limits.MAX_CONVERSATION_BYTES_PER_CLIENT,
          limits.MAX_CONVERSATIONS_PER_ADDRESS,
          limits.MAX_CONVERSATION_BYTES_PER_ADDRESS,
        ],
      ),
    );
    if (!row?.saved) return { saved: false, reason: 'taken' };
    this.heads?.forget(row.dropped);
    const turn = input.messages.map(
      (message, i): TextTurn => ({ role: message.role === 'user' ? 'user' : 'assistant', content: texts[i]! }),
    );
    await this.heads?.appended(input.id, input.owner, turn, { messageCount: row.message_count, bytes: Number(row.bytes) });
    await this.afterWrite();
    return { saved: true, dropped: row.dropped.length };
  }

  async delete(id: string, owner: string): Promise<boolean> {
    const rows = await this.recordingFailure(() =>
      this.db.write('DELETE FROM conversations WHERE id = $1 AND owner = $2 RETURNING id', [id, owner]),
    );
    this.heads?.forget([id]);
    if (rows.length > 0) await this.afterWrite();
    return rows.length > 0;
  }

  private async recordingFailure<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write();
      this.lastError = null;
      return result;
    } catch (error) {
      this.lastError = { message: (error as Error).message, at: new Date().toISOString() };
      throw error;
    }
  }

  /** Every so many writes: the total cap (oldest conversations of anyone dropped) and, on PGlite, a vacuum. */
  private async afterWrite() {
    this.writes += 1;
    if (this.writes % VACUUM_EVERY_WRITES !== 0) return;
    await this.maintain();
  }

  async maintain(): Promise<{ dropped: number }> {
    const dropped = await this.db.transaction((tx) =>
      tx.query<{ id: string }>(
        `DELETE FROM conversations WHERE id IN (
           SELECT id FROM (SELECT id, sum(bytes) OVER (ORDER BY updated_at DESC, id) AS running FROM conversations) AS everyone
           WHERE running > $1)
         RETURNING id`,
        [this.limits.MAX_CONVERSATION_BYTES_TOTAL],
      ),
    );
    this.heads?.forget(dropped.map((row) => row.id));
    // An external PostgreSQL vacuums by itself (autovacuum); VACUUM cannot run in its read-only request transactions.
    if (this.db.kind === 'pglite') await this.db.exec('VACUUM conversations, conversation_messages');
    return { dropped: dropped.length };
  }

  async list(owner: string, limit = 50): Promise<ConversationSummary[]> {
    const rows = await this.db.query<{ id: string; title: string; language: string; updated_at: Date | string }>(
      'SELECT id, title, language, updated_at FROM conversations WHERE owner = $1 ORDER BY updated_at DESC LIMIT $2',
      [owner, limit],
    );
    return rows.map((row) => ({ id: row.id, title: row.title, language: row.language, updatedAt: iso(row.updated_at) }));
  }

  async get(id: string): Promise<Conversation | null> {
    const [row] = await this.db.query<{
      id: string;
      title: string;
      language: string;
      created_at: Date | string;
      updated_at: Date | string;
    }>('SELECT id, title, language, created_at, updated_at FROM conversations WHERE id = $1', [id]);
    if (!row) return null;
    const messages = await this.db.query<{ message: ChatMessage }>(
      'SELECT message FROM conversation_messages WHERE conversation_id = $1 ORDER BY seq',
      [id],
    );
    return {
      id: row.id,
      title: row.title,
      language: row.language,
      messages: messages.map((entry) => entry.message),
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
    };
  }
}
