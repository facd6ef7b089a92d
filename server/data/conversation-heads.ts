/**
 * What a chat turn reads of a saved conversation before answering (its owner, size and latest messages), kept in
 * this process for the embedded database. There the DATA_DIR lock makes this process the only writer, so what it
 * read and then wrote itself is what is stored, and a turn skips one statement (on PGlite each costs about a
 * millisecond of CPU through WebAssembly when the process has just done other work). A conversation id never read
 * or written here is checked against the ids stored when the process started, so a new conversation is not looked
 * up either. With an external PostgreSQL other servers write too, and nothing is kept (server/data/conversations.ts).
 */
import { LRUCache } from 'lru-cache';
import type { TextTurn } from '../chat/client-messages.ts';

export interface ConversationHead {
  owner: string;
  messageCount: number;
  bytes: number;
  /** The latest messages (all of them, or as many as were read), oldest first, empty ones included (as stored). */
  recent: TextTurn[];
}

/** The heads of the conversations used lately, each with the plain text of its latest messages at most. */
const MAX_HEADS = 2_000;
const MAX_RECENT = 24;

/**
 * FNV-1a of an id, in 31 bits so that a Set holds it inline: the ids stored at start take a few bytes each,
 * not a string each. Two ids with one hash only cost the second a lookup.
 */
function idHash(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash >> 1;
}

export class ConversationHeads {
  private readonly heads = new LRUCache<string, ConversationHead>({ max: MAX_HEADS });
  /** Counts what this process wrote, so that a head read before a write is not kept after it. */
  private writes = 0;

  /** readIds lists the stored conversation ids; read on first use. */
  constructor(private readonly readIds: () => Promise<string[]>) {}

  private stored: Promise<Set<number>> | null = null;

  private storedIds(): Promise<Set<number>> {
    this.stored ??= this.readIds().then(
      (ids) => new Set(ids.map(idHash)),
      (error: unknown) => {
        this.stored = null;
        throw error;
      },
    );
    return this.stored;
  }

  /**
   * The head of a conversation: null if there is no such conversation, undefined if it must be read (then
   * `remember` what was read).
   */
  async get(id: string, recentCount: number): Promise<ConversationHead | null | undefined> {
    const head = this.heads.get(id);
    if (head)
      return head.recent.length >= Math.min(recentCount, head.messageCount)
        ? { ...head, recent: head.recent.slice(-recentCount) }
        : undefined;
    return (await this.storedIds()).has(idHash(id)) ? undefined : null;
  }

  /** Taken before reading a head from the database, and given to `remember`. */
  get version(): number {
    return this.writes;
  }

  /** A head as read from the database, if nothing was written since the read began. */
  remember(id: string, head: ConversationHead, version: number): void {
    if (version === this.writes) this.heads.set(id, { ...head, recent: head.recent.slice(-MAX_RECENT) });
  }

  /** A turn was appended; messageCount and bytes are the conversation's as stored after it. */
  async appended(id: string, owner: string, turn: TextTurn[], stored: { messageCount: number; bytes: number }): Promise<void> {
    this.writes += 1;
    (await this.storedIds()).add(idHash(id));
    const head = this.heads.get(id);
    const recent =
      stored.messageCount === turn.length
        ? turn
        : head && head.messageCount + turn.length === stored.messageCount
          ? [...head.recent, ...turn]
          : null;
    // Unless it follows what is kept (another turn came in between), the head is read again next time.
    if (recent) this.heads.set(id, { owner, ...stored, recent: recent.slice(-MAX_RECENT) });
    else this.heads.delete(id);
  }

  /** Deleted or dropped conversations (their ids may be taken again, by anyone). */
  forget(ids: readonly string[]): void {
    this.writes += 1;
    for (const id of ids) this.heads.delete(id);
  }
}
