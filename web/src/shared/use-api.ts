import { useEffect, useRef, useState } from 'react';
import type { ApiRequest } from '../api/client.ts';

/** Loads a request; loads again when its URL changes; `retry` runs it again after an error. */
export function useApi<T>(request: ApiRequest<T> | null) {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({
    data: null,
    error: null,
    loading: request !== null,
  });
  const [attempt, setAttempt] = useState(0);
  // The request object is new on every render; its key (the URL) says when it really changed.
  const latest = useRef(request);
  latest.current = request;
  const key = request?.key ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on retry; the request is read through the ref.
  useEffect(() => {
    const current = latest.current;
    if (!current) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: null }));
    current.load(controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);
  return { ...state, retry: () => setAttempt((value) => value + 1) };
}
