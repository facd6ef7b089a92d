import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('config', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './.data', MODEL: 'local', LOG_LEVEL: 'info', embedder: 'local' });
    expect(config.DATASET_CHECK_INTERVAL_MS).toBe(15_000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MODEL: 'gpt-4' }, 'MODEL'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATASET_CHECK_INTERVAL_MS: '100' }, 'DATASET_CHECK_INTERVAL_MS'],
    [{ OPENAI_BASE_URL: 'not a url', OPENAI_API_KEY: 'k' }, 'OPENAI_BASE_URL'],
    [{ MODEL: 'openai:gpt-4o-mini' }, 'OPENAI_API_KEY'],
    [{ EMBEDDER: 'openai' }, 'OPENAI_API_KEY'],
  ])('rejects %j with a message naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}:`));
  });

  it('treats empty values as unset and picks the OpenAI embedder when a key is present', () => {
    expect(loadConfig({ PORT: '', OPENAI_API_KEY: 'sk-test' })).toMatchObject({ PORT: 3000, embedder: 'openai' });
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', EMBEDDER: 'local' }).embedder).toBe('local');
  });
});
