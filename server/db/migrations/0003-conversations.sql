-- Chat conversations: the only table written at request time. Owned by an anonymous browser id; anyone
-- with a conversation's id (its permalink) can read it, only its owner lists or deletes it.
CREATE TABLE conversations (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 100),
  owner text NOT NULL CHECK (length(owner) BETWEEN 8 AND 100),
  title text NOT NULL,
  language text NOT NULL,
  messages jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversations_owner_updated ON conversations (owner, updated_at DESC);
