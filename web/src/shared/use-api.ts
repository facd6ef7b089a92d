import { useEffect, useState } from 'react';
import { apiGet } from '../api/client.ts';

/** GET a path; reloads when the path changes; `retry` runs it again after an error. */
export function useApi<T>(path: string | null) {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({
    data: null,
    error: null,
    loading: path !== null,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    apiGet<T>(path, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);
  return { ...state, retry: () => setAttempt((value) => value + 1) };
}
