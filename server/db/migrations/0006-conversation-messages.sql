-- Conversations stored as appended messages instead of one JSON value rewritten on every turn (each rewrite
-- left a dead copy of the whole conversation behind), with their size kept for the per-client caps. Each
-- message also keeps its role and plain text (an answer as shown), which is all the model reads of
-- earlier turns; `message` (json: stored as written, no re-encoding) is what the conversation page shows.
CREATE TABLE conversation_messages (
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  role text NOT NULL,
  text text NOT NULL,
  message json NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
ALTER TABLE conversations ADD COLUMN message_count integer NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN bytes bigint NOT NULL DEFAULT 0;
INSERT INTO conversation_messages (conversation_id, seq, role, text, message)
  SELECT conversations.id, element.position - 1, element.message ->> 'role',
    coalesce((SELECT string_agg(part ->> 'text', ' ') FROM jsonb_array_elements(element.message -> 'parts') AS part
              WHERE part ->> 'type' = 'text'), ''),
    element.message::json
  FROM conversations, jsonb_array_elements(conversations.messages) WITH ORDINALITY AS element (message, position);
UPDATE conversations SET message_count = jsonb_array_length(messages), bytes = octet_length(messages::text);
ALTER TABLE conversations DROP COLUMN messages;
