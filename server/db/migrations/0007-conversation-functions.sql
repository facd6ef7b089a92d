-- The two statements a saved chat turn runs, as PL/pgSQL functions: a function keeps its statements' plans for
-- the session, where a plain statement is planned again on every call (on the embedded database, in WebAssembly,
-- planning them cost more than running them). Column references are qualified: the output columns are variables.

-- A conversation's owner and size with its latest messages (role and plain text, oldest first, one row each;
-- role and text are null if it has none); no row if there is no such conversation. Its messages are read only
-- once it is found.
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

-- Appends messages to a conversation (created on its first turn) unless another owner has its id (saved = false),
-- then drops the owner's oldest other conversations beyond the caps on their number and total size. The messages
-- come as one json array (read once), each with its role and plain text at the same position in p_roles, p_texts.
CREATE FUNCTION conversation_append(
  p_id text, p_owner text, p_title text, p_language text,
  p_roles text[], p_texts text[], p_messages json, p_bytes bigint,
  p_max_conversations integer, p_max_bytes bigint
) RETURNS TABLE (saved boolean, dropped integer)
LANGUAGE plpgsql AS $$
DECLARE
  appended integer := cardinality(p_roles);
  new_count integer;
  new_bytes bigint;
  owner_conversations integer;
  owner_bytes bigint;
BEGIN
  INSERT INTO public.conversations AS conversation (id, owner, title, language, message_count, bytes)
    VALUES (p_id, p_owner, p_title, p_language, appended, p_bytes)
  ON CONFLICT (id) DO UPDATE SET language = EXCLUDED.language, updated_at = now(),
    message_count = conversation.message_count + appended, bytes = conversation.bytes + p_bytes
    WHERE conversation.owner = p_owner
  RETURNING conversation.message_count, conversation.bytes INTO new_count, new_bytes;
  IF NOT FOUND THEN
    RETURN QUERY SELECT false, 0;
    RETURN;
  END IF;
  INSERT INTO public.conversation_messages (conversation_id, seq, role, text, message)
    SELECT p_id, new_count - appended + incoming.position - 1, incoming.role, incoming.text, message.value
    FROM unnest(p_roles, p_texts) WITH ORDINALITY AS incoming (role, text, position)
    JOIN json_array_elements(p_messages) WITH ORDINALITY AS message (value, position) USING (position);
  -- Usually within the caps: counted from the owner's index, without ranking anything.
  SELECT count(*), coalesce(sum(conversation.bytes), 0) INTO owner_conversations, owner_bytes
    FROM public.conversations AS conversation WHERE conversation.owner = p_owner;
  IF owner_conversations <= p_max_conversations AND owner_bytes <= p_max_bytes THEN
    RETURN QUERY SELECT true, 0;
    RETURN;
  END IF;
  -- The owner's other conversations, newest first, after this one (position 1, its new size).
  RETURN QUERY
    WITH trimmed AS (
      DELETE FROM public.conversations WHERE id IN (
        SELECT others.id FROM (
          SELECT conversation.id, row_number() OVER newest + 1 AS position, sum(conversation.bytes) OVER newest AS running
          FROM public.conversations AS conversation WHERE conversation.owner = p_owner AND conversation.id <> p_id
          WINDOW newest AS (ORDER BY conversation.updated_at DESC, conversation.id)
        ) AS others
        WHERE others.position > p_max_conversations OR others.running + new_bytes > p_max_bytes)
      RETURNING id
    )
    SELECT true, (SELECT count(*)::integer FROM trimmed);
END $$;
