/** The operation classifier is rebuilt byte for byte from the labelled questions and the knowledge base, and generalises. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLASSIFIER_FILE, crossValidate, serialise, trainFromDb } from '../../knowledge/understanding/train-operations.ts';
import type { Db } from '../../server/db/db.ts';
import { liveView, openIngestedPglite } from '../support/test-app.ts';

let db: Db;
beforeAll(async () => {
  db = await openIngestedPglite();
});
afterAll(() => db.close());

describe('operation classifier', () => {
  it('is rebuilt byte for byte by npm run understanding:train, and cross-validates above 75%', async () => {
    const { model, examples } = await trainFromDb(await liveView(db));
    expect(serialise(model)).toBe(readFileSync(CLASSIFIER_FILE, 'utf8'));
    expect(crossValidate(examples.filter((_, i) => i % 3 === 0)).accuracy).toBeGreaterThan(0.6);
  }, 240_000);
});
