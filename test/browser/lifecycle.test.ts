/**
 * The built server as it runs in production: SIGTERM lets in-flight answers finish and closes the
 * embedded database, which then reopens cleanly; and no secret reaches the browser bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../evals/perf/server-process.ts';
import { WEB_DIST_DIR } from '../../server/paths.ts';
import { seededDataDir } from '../support/test-app.ts';

const ask = (url: string, question: string) =>
  fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) }).then(
    async (response) => ({ status: response.status, body: await response.json() }),
  );

describe('server lifecycle', () => {
  it('finishes in-flight answers on SIGTERM, exits 0, and the database reopens cleanly', async () => {
    const dataDir = await seededDataDir();
    const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', RATE_LIMIT_PER_MINUTE: '0' });
    const inFlight = Array.from({ length: 20 }, (_, i) =>
      ask(server.url, i % 2 ? 'How exposed are bookkeepers?' : 'What does the ILO recommend for women?'),
    );
    const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    server.child.kill('SIGTERM');
    const answers = await Promise.allSettled(inFlight);
    expect(await exited).toBe(0);
    // Requests already accepted were answered; none got a server error.
    const answered = answers.filter((result) => result.status === 'fulfilled' && result.value.status === 200);
    expect(answered.length).toBeGreaterThan(0);
    for (const result of answers) if (result.status === 'fulfilled') expect(result.value.status).toBeLessThan(500);

    const again = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', RATE_LIMIT_PER_MINUTE: '0' });
    try {
      const health = await (await fetch(`${again.url}/api/health`)).json();
      expect(health.dataset).toMatchObject({ occupations: 436, tasks: 3266 });
      expect((await ask(again.url, 'ISCO 4132')).body.answer).toContain('Data Entry Clerks');
    } finally {
      await again.stop();
    }
  }, 120_000);
});

describe('browser bundle', () => {
  it('carries no secret and no server-side setting', () => {
    const files = readdirSync(join(WEB_DIST_DIR, 'assets')).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(join(WEB_DIST_DIR, 'assets', file), 'utf8');
      expect(text, file).not.toMatch(/OPENAI_API_KEY|OPENAI_BASE_URL|DATABASE_URL|sk-[A-Za-z0-9]{20,}|process\.env\.[A-Z_]+/);
    }
  });
});
