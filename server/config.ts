/**
 * Every setting the server reads, validated once at startup. A bad value stops the process with a
 * message that names the variable (see formatConfigError); nothing else reads process.env.
 */
import { resolve } from 'node:path';
import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
/** An integer setting within [min, max]. */
const count = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

const schema = z.object({
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('0.0.0.0')),
  DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
  ),
  DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(100).max(600_000).default(10_000)),
  DATASET_CHECK_INTERVAL_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(500).max(3_600_000).default(15_000)),
  MODEL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(local|openai:[\w.:/-]+)$/, 'must be "local" or "openai:<model-id>", e.g. openai:gpt-4o-mini')
      .default('local'),
  ),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  EMBEDDER: z.preprocess(emptyAsUndefined, z.enum(['auto', 'local', 'openai']).default('auto')),
  OPENAI_EMBEDDING_MODEL: z.preprocess(emptyAsUndefined, z.string().default('text-embedding-3-small')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  MODEL_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1000).max(600_000).default(30_000)),
  MODEL_FALLBACK: z.preprocess(emptyAsUndefined, z.enum(['local', 'none']).default('local')),
  GROUNDING_REPAIR: z.preprocess(emptyAsUndefined, z.enum(['on', 'off']).default('on')),
  REQUEST_TIMEOUT_MS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1000).max(600_000).default(60_000)),
  MAX_QUESTION_CHARS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(50).max(20_000).default(2_000)),
  MAX_HISTORY_MESSAGES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(500).default(100)),
  RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(100_000).default(60)),
  // How many reverse proxies in front of the server append to X-Forwarded-For: "off" (0), "on" (1) or a count.
  TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(on|off|\d{1,2})$/, 'must be "off", "on" (one proxy) or the number of trusted proxy hops, e.g. 2')
      .default('off')
      .transform((value) => (value === 'off' ? 0 : value === 'on' ? 1 : Number(value))),
  ),
  CORS_ORIGINS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, 'must be a comma-separated list of origins such as https://example.org')
      .optional(),
  ),
  MAX_BODY_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1024).max(10_000_000).default(1_000_000)),
  MODEL_MAX_OUTPUT_TOKENS: count(64, 100_000, 2_000),
  MODEL_CIRCUIT_BREAKER_MS: count(0, 3_600_000, 60_000),
  MCP_RATE_LIMIT_PER_MINUTE: count(0, 100_000, 300),
  MCP_MAX_CONCURRENT: count(1, 10_000, 32),
  MCP_MAX_CONCURRENT_PER_CLIENT: count(1, 1_000, 4),
  MCP_ALLOWED_HOSTS: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9.-]+(,[A-Za-z0-9.-]+)*$/, 'must be a comma-separated list of host names such as assistant.example.org')
      .optional(),
  ),
  MAX_CONVERSATIONS_PER_CLIENT: count(1, 100_000, 100),
  MAX_CONVERSATION_BYTES_PER_CLIENT: count(100_000, 1_000_000_000, 20_000_000),
  MAX_CONVERSATION_BYTES_TOTAL: count(1_000_000, 1_000_000_000_000, 1_000_000_000),
  // Per client address (behind a reverse proxy, the one TRUST_PROXY picks), however many browser ids it uses; 0 = no cap.
  MAX_CONVERSATIONS_PER_ADDRESS: count(0, 1_000_000, 1_000),
  MAX_CONVERSATION_BYTES_PER_ADDRESS: count(0, 1_000_000_000_000, 200_000_000),
  HTTP_HEADERS_TIMEOUT_MS: count(1_000, 600_000, 10_000),
  HTTP_BODY_TIMEOUT_MS: count(1_000, 600_000, 30_000),
  MAX_CONNECTIONS_PER_IP: count(0, 100_000, 256),
});

export type Config = z.infer<typeof schema> & {
  /** Absolute path of DATA_DIR. */
  dataDir: string;
  /** Which embedder ingest and search use, after resolving EMBEDDER=auto. */
  embedder: 'local' | 'openai';
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  const values = parsed.data;
  if (values.MODEL.startsWith('openai:') && !values.OPENAI_API_KEY) {
    throw new ConfigError('Invalid configuration:\n  OPENAI_API_KEY: required when MODEL is openai:<model-id>');
  }
  if (values.EMBEDDER === 'openai' && !values.OPENAI_API_KEY) {
    throw new ConfigError('Invalid configuration:\n  OPENAI_API_KEY: required when EMBEDDER=openai');
  }
  const embedder = values.EMBEDDER === 'auto' ? (values.OPENAI_API_KEY ? 'openai' : 'local') : values.EMBEDDER;
  return { ...values, dataDir: resolve(values.DATA_DIR), embedder };
}
