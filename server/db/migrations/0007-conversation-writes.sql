-- Saved conversations are capped per client address as well as per browser id (a client that makes up a new
-- browser id for every conversation is still one address), and the two statements a saved chat turn runs
-- become PL/pgSQL functions: a function keeps its statements' plans for the session, where a plain statement is
-- planned again on every call (on the embedded database, in WebAssembly, planning them cost more than running
-- them). Column references in the functions are qualified: their output columns are variables.

-- Stored messages are not compressed: PostgreSQL's built-in compression (pglz; PGlite has no lz4) took about a
-- millisecond of CPU per saved answer in WebAssembly, about a third of the save, to keep a few kilobytes off
-- the disk. The size caps count the messages' JSON, which is now what they take on disk.
ALTER TABLE conversation_messages ALTER COLUMN message SET STORAGE EXTERNAL;

-- The client address a conversation was last written from.
ALTER TABLE conversations ADD COLUMN address text NOT NULL DEFAULT '';
CREATE INDEX conversations_address_updated ON conversations (address, updated_at DESC);

-- A conversation's owner and size with its latest messages (role and plain text, oldest first, one row each;
-- role and text are null if it has none); no row if there is no such conversation, which costs one lookup.
CREATE FUNCTION conversation_recent(p_id text, p_recent integer)
RETURNS TABLE (owner text, message_count integer, bytes bigint, role text, text text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  found_owner text;
  found_count integer;
  found_bytes bigint;
BEGIN
  SELECT conversation.owner, conversation.message_count, conversation.bytes INTO found_owner, found_count, found_bytes
    FROM public.conversations AS conversation WHERE conversation.id = p_id;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  RETURN QUERY
    SELECT found_owner, found_count, found_bytes, recent.role, recent.text FROM (
      SELECT message.seq, message.role, message.text FROM public.conversation_messages AS message
      WHERE message.conversation_id = p_id ORDER BY message.seq DESC LIMIT p_recent
    ) AS recent
    ORDER BY recent.seq;
  IF NOT FOUND THEN
    RETURN QUERY SELECT found_owner, found_count, found_bytes, NULL::text, NULL::text;
  END IF;
END $$;

-- Appends messages to a conversation (created on its first turn) unless another owner has its id (saved = false).
-- Then, beyond the caps on their number and total size, drops the owner's oldest other conversations, and the
-- oldest other conversations last written from the same address (whoever's they are); an address cap of 0 is
-- none. The messages come as one json array (read once), each with its role and plain text at the same
-- position in p_roles and p_texts. Returns the conversation's size after the append and the ids it dropped
-- (what the server keeps of its conversations follows them: server/data/conversation-heads.ts).
CREATE FUNCTION conversation_append(
  p_id text, p_owner text, p_address text, p_title text, p_language text,
  p_roles text[], p_texts text[], p_messages json, p_bytes bigint,
  p_max_conversations integer, p_max_bytes bigint, p_max_address_conversations integer, p_max_address_bytes bigint
) RETURNS TABLE (saved boolean, message_count integer, bytes bigint, dropped text[])
LANGUAGE plpgsql AS $$
DECLARE
  appended integer := cardinality(p_roles);
  new_count integer;
  new_bytes bigint;
  owner_conversations integer;
  owner_bytes bigint;
  address_conversations integer;
  address_bytes bigint;
  dropped_ids text[];
BEGIN
  INSERT INTO public.conversations AS conversation (id, owner, address, title, language, message_count, bytes)
    VALUES (p_id, p_owner, p_address, p_title, p_language, appended, p_bytes)
  ON CONFLICT (id) DO UPDATE SET language = EXCLUDED.language, address = EXCLUDED.address, updated_at = now(),
    message_count = conversation.message_count + appended, bytes = conversation.bytes + p_bytes
    WHERE conversation.owner = p_owner
  RETURNING conversation.message_count, conversation.bytes INTO new_count, new_bytes;
  IF NOT FOUND THEN
    RETURN QUERY SELECT false, 0, 0::bigint, '{}'::text[];
    RETURN;
  END IF;
  INSERT INTO public.conversation_messages (conversation_id, seq, role, text, message)
    SELECT p_id, new_count - appended + incoming.position - 1, incoming.role, incoming.text, message.value
    FROM unnest(p_roles, p_texts) WITH ORDINALITY AS incoming (role, text, position)
    JOIN json_array_elements(p_messages) WITH ORDINALITY AS message (value, position) USING (position);
  -- Usually within the caps: counted from the owner's and the address's indexes, without ranking anything.
  SELECT count(*) FILTER (WHERE conversation.owner = p_owner),
      coalesce(sum(conversation.bytes) FILTER (WHERE conversation.owner = p_owner), 0),
      count(*) FILTER (WHERE conversation.address = p_address),
      coalesce(sum(conversation.bytes) FILTER (WHERE conversation.address = p_address), 0)
    INTO owner_conversations, owner_bytes, address_conversations, address_bytes
    FROM public.conversations AS conversation WHERE conversation.owner = p_owner OR conversation.address = p_address;
  IF owner_conversations <= p_max_conversations AND owner_bytes <= p_max_bytes
    AND (p_max_address_conversations = 0 OR address_conversations <= p_max_address_conversations)
    AND (p_max_address_bytes = 0 OR address_bytes <= p_max_address_bytes) THEN
    RETURN QUERY SELECT true, new_count, new_bytes, '{}'::text[];
    RETURN;
  END IF;
  -- The owner's and the address's other conversations, newest first, each group counted after this one (position 1,
  -- with its new size); one pass drops what is beyond either group's caps.
  WITH removed AS (DELETE FROM public.conversations WHERE id IN (
    SELECT others.id FROM (
      SELECT conversation.id, conversation.owner = p_owner AS by_owner, conversation.address = p_address AS by_address,
        count(*) FILTER (WHERE conversation.owner = p_owner) OVER newest + 1 AS owner_position,
        sum(conversation.bytes) FILTER (WHERE conversation.owner = p_owner) OVER newest AS owner_running,
        count(*) FILTER (WHERE conversation.address = p_address) OVER newest + 1 AS address_position,
        sum(conversation.bytes) FILTER (WHERE conversation.address = p_address) OVER newest AS address_running
      FROM public.conversations AS conversation
      WHERE (conversation.owner = p_owner OR conversation.address = p_address) AND conversation.id <> p_id
      WINDOW newest AS (ORDER BY conversation.updated_at DESC, conversation.id)
    ) AS others
    WHERE (others.by_owner AND (others.owner_position > p_max_conversations OR others.owner_running + new_bytes > p_max_bytes))
      OR (others.by_address AND p_max_address_conversations > 0 AND others.address_position > p_max_address_conversations)
      OR (others.by_address AND p_max_address_bytes > 0 AND others.address_running + new_bytes > p_max_address_bytes))
    RETURNING public.conversations.id)
  SELECT coalesce(array_agg(removed.id), '{}') INTO dropped_ids FROM removed;
  RETURN QUERY SELECT true, new_count, new_bytes, dropped_ids;
END $$;
