-- Conversations stored as appended messages instead of one JSON value rewritten on every turn (each rewrite
-- left a dead copy of the whole conversation behind), with their size kept for the per-client caps.
CREATE TABLE conversation_messages (
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  message jsonb NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
ALTER TABLE conversations ADD COLUMN message_count integer NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN bytes bigint NOT NULL DEFAULT 0;
INSERT INTO conversation_messages (conversation_id, seq, message)
  SELECT conversations.id, element.position - 1, element.message
  FROM conversations, jsonb_array_elements(conversations.messages) WITH ORDINALITY AS element (message, position);
UPDATE conversations SET message_count = jsonb_array_length(messages), bytes = octet_length(messages::text);
ALTER TABLE conversations DROP COLUMN messages;
