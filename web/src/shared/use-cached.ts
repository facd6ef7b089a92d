/**
 * Reference data several pages share (glossary, major group titles, the server's limits), fetched once
 * per key and kept for the session; the hook re-renders when it arrives.
 */
import { useEffect, useState } from 'react';

const promises = new Map<string, Promise<unknown>>();

function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let found = promises.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    promises.set(key, found);
    // A failed load is forgotten so the next page visit tries again.
    found.catch(() => promises.delete(key));
  }
  return found;
}

/** For tests: forget everything fetched so far. */
export function clearReferenceCache(): void {
  promises.clear();
}

export function useCached<T>(key: string, load: () => Promise<T>): T | null {
  const [value, setValue] = useState<{ key: string; data: T } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is derived from `key`, so `key` alone decides when to load again.
  useEffect(() => {
    let live = true;
    cached(key, load).then(
      (data) => live && setValue({ key, data }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return value && value.key === key ? value.data : null;
}
