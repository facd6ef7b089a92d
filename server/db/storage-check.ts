/**
 * Whether the embedded database can write: DATA_DIR writable and with room left. A read-only or full
 * disk shows in /api/health and at startup instead of surfacing as failed saves only.
 */
import { constants } from 'node:fs';
import { access, mkdir, statfs } from 'node:fs/promises';

// Below this, saves are about to fail: reported as low.
const LOW_DISK_BYTES = 100 * 1024 * 1024;

export interface StorageState {
  writable: boolean;
  freeBytes: number | null;
  /** What is wrong, in words for an operator; null when all is well. */
  problem: string | null;
}

export async function checkStorage(dataDir: string): Promise<StorageState> {
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, constants.W_OK);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return {
      writable: false,
      freeBytes: null,
      problem: `DATA_DIR ${dataDir} is not writable (${code ?? message}): the embedded database cannot save anything there.`,
    };
  }
  const stats = await statfs(dataDir);
  const freeBytes = Number(stats.bavail) * Number(stats.bsize);
  const problem =
    freeBytes < LOW_DISK_BYTES
      ? `DATA_DIR ${dataDir} has only ${Math.round(freeBytes / 1024 / 1024)} MB free: saving conversations will fail when it is full.`
      : null;
  return { writable: true, freeBytes, problem };
}
