/**
 * A knowledge deploy that fails its checks (here tasks.csv cut short) must not take down a server that has a good
 * dataset: it keeps serving that one and says what is wrong. With nothing to serve, it refuses to start.
 */
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openPgliteDb } from '../../server/db/pglite-db.ts';
import { createServices, prepareKnowledge } from '../../server/start.ts';
import { copyKnowledge, editKnowledgeFile } from '../support/knowledge-copy.ts';
import { getJson, openIngestedPglite, testConfig } from '../support/test-app.ts';

function truncatedTasks(): string {
  const dir = copyKnowledge();
  editKnowledgeFile(dir, 'data/tasks.csv', (text) => `${text.split('\n').slice(0, 1001).join('\n')}\n`);
  return dir;
}

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('a knowledge deploy that fails its checks', () => {
  it('leaves a server with a good dataset serving it, with the error in the log and in /api/health', async () => {
    const db = await openIngestedPglite();
    const config = testConfig();
    const { logger, lines } = capturingLogger();
    const kb = await prepareKnowledge(db, config, logger, truncatedTasks());
    try {
      const app = createApp({ config, logger, ...(await createServices(kb, config, logger)) });
      const health = await getJson(app, '/api/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'degraded', dataset: { tasks: 3266 } });
      expect(health.body.knowledgeError).toMatch(/^tasks\.csv: SHA-256 .* does not match .* in knowledge\/data\/PROVENANCE\.md/);
      const failed = lines.find((line) => line.event === 'ingest' && line.step === 'failed');
      expect(failed).toMatchObject({ level: 50, error: health.body.knowledgeError, serving: health.body.dataset.version });
      expect((await getJson(app, '/api/occupations/4132')).body.tasks).toHaveLength(5);
    } finally {
      kb.close();
      await db.close();
    }
  });

  it('refuses to start a server that has no dataset yet, saying why', async () => {
    const db = await openPgliteDb();
    try {
      await expect(prepareKnowledge(db, testConfig(), capturingLogger().logger, truncatedTasks())).rejects.toThrow(
        /^No dataset is loaded and knowledge\/ cannot be ingested: tasks\.csv: SHA-256 .* does not match/,
      );
    } finally {
      await db.close();
    }
  });
});
