import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whichever directory the process was started from. */
export const ROOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KNOWLEDGE_DIR = join(ROOT_DIR, 'knowledge');
export const WEB_DIST_DIR = join(ROOT_DIR, 'web', 'dist');
