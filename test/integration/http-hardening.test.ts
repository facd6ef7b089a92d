/** Limits and headers every client meets: the per-client rate limit, CORS and the security headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';
import type { Db } from '../../server/db/db.ts';
import { createTestApp, openTestDb } from '../support/test-app.ts';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

const ask = (app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }) =>
  app.request('/api/ask', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question: 'ISCO 4132' }),
  });

describe('rate limit', () => {
  it('answers a client over RATE_LIMIT_PER_MINUTE with 429, Retry-After and standard headers, on the model endpoints only', async () => {
    const { app } = await createTestApp(db, { RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect((await ask(app)).status).toBe(200);
    const limited = await ask(app);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('ratelimit-policy')).toMatch(/^3;w=60/);
    expect((await limited.json()).error).toMatchObject({ code: 'rate_limited', message: expect.stringContaining('at most 3 a minute') });
    expect((await app.request('/api/health')).status).toBe(200);
  });
});

describe('rate limit behind reverse proxies (TRUST_PROXY)', () => {
  const askFrom = (app: Awaited<ReturnType<typeof createTestApp>>['app'], forwardedFor: string) =>
    app.request('/api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ question: 'ISCO 4132' }),
    });

  it('counts the hop the trusted proxy added, so a client cannot dodge the limit by writing its own first hop', async () => {
    const { app } = await createTestApp(db, { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '1' });
    // The proxy appends the address it saw (203.0.113.7); everything before it is the client's own text.
    expect((await askFrom(app, '10.0.0.1, 203.0.113.7')).status).toBe(200);
    expect((await askFrom(app, '10.0.0.2, 203.0.113.7')).status).toBe(200);
    expect((await askFrom(app, '10.0.0.3, 203.0.113.7')).status).toBe(429);
    expect((await askFrom(app, '198.51.100.9')).status).toBe(200);
  });

  it('with two proxies, counts the second hop from the right', async () => {
    const { app } = await createTestApp(db, { RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: '2' });
    expect((await askFrom(app, 'spoofed-1, 203.0.113.7, 10.1.1.1')).status).toBe(200);
    expect((await askFrom(app, 'spoofed-2, 203.0.113.7, 10.1.1.1')).status).toBe(429);
    expect((await askFrom(app, '198.51.100.9, 10.1.1.1')).status).toBe(200);
  });

  it('reads TRUST_PROXY as off, on (one proxy) or a hop count', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'on' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});

describe('CORS', () => {
  it('grants no cross-origin access by default', async () => {
    const { app } = await createTestApp(db);
    const response = await app.request('/api/health', { headers: { origin: 'https://elsewhere.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the origins in CORS_ORIGINS', async () => {
    const { app } = await createTestApp(db, { CORS_ORIGINS: 'https://partner.example' });
    const allowed = await app.request('/api/health', { headers: { origin: 'https://partner.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const preflight = await app.request('/api/ask', {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    const other = await app.request('/api/health', { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
  });

  it('rejects a malformed CORS_ORIGINS at startup, naming it', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'partner.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: 'partner.example' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('security headers', () => {
  it('sends a content security policy and the usual protections', async () => {
    const { app } = await createTestApp(db);
    const response = await app.request('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
