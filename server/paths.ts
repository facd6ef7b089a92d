import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder with package.json), whether running from server/ or the dist/ bundle. */
function findRoot(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  throw new Error(`No package.json above ${start}`);
}

export const ROOT_DIR = findRoot(dirname(fileURLToPath(import.meta.url)));
export const KNOWLEDGE_DIR = join(ROOT_DIR, 'knowledge');
export const WEB_DIST_DIR = join(ROOT_DIR, 'web', 'dist');
export const MIGRATIONS_DIR = join(ROOT_DIR, 'server', 'db', 'migrations');
export const DATASET_SCHEMA_FILE = join(ROOT_DIR, 'server', 'db', 'dataset-schema.sql');
