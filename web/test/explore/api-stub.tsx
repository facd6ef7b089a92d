/**
 * Test helpers for the explorer and About pages: a fetch stub that answers from JSON fixtures captured
 * from the running server (web/test/explore/fixtures), and a render helper with the router and language.
 */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { LanguageProvider } from '../../src/i18n/language.tsx';
import type { Language } from '../../src/i18n/strings.ts';
import { clearReferenceCache } from '../../src/shared/use-cached.ts';
import estimatesValidation from './fixtures/estimates-validation.json';
import glossary from './fixtures/glossary.json';
import limits from './fixtures/limits.json';
import majorGroups from './fixtures/major-groups.json';
import { EXPLORE_REQUESTS, type ExploreFixture, MAJOR_GROUP_REQUEST } from './fixtures/requests.ts';
import sources from './fixtures/sources.json';

export interface StubbedResponse {
  status: number;
  body: unknown;
}

export const withStatus = (status: number, body: unknown): StubbedResponse => ({ status, body });

/** "/api/x?b=2&a=1" and "/api/x?a=1&b=2" are the same request. */
function normalise(url: string): string {
  const parsed = new URL(url, 'http://localhost');
  const params = [...parsed.searchParams.entries()].sort(([a], [b]) => a.localeCompare(b));
  return params.length ? `${parsed.pathname}?${new URLSearchParams(params)}` : parsed.pathname;
}

/** Answers every request the pages make in common: glossary, sources, validation, limits, major group titles. */
function referenceRoutes(): Record<string, unknown> {
  const routes: Record<string, unknown> = {
    [EXPLORE_REQUESTS['glossary.json']]: glossary,
    [EXPLORE_REQUESTS['sources.json']]: sources,
    [EXPLORE_REQUESTS['estimates-validation.json']]: estimatesValidation,
    [EXPLORE_REQUESTS['limits.json']]: limits,
  };
  for (const language of ['en', 'zh-TW'] as const)
    for (const group of majorGroups[language]) routes[MAJOR_GROUP_REQUEST(group.code, language)] = group;
  return routes;
}

/** The stub routes for these fixtures: each answers the request it was captured from (fixtures/requests.ts). */
export const fixtureRoutes = (fixtures: Partial<Record<ExploreFixture, unknown>>) =>
  Object.fromEntries(Object.entries(fixtures).map(([file, body]) => [EXPLORE_REQUESTS[file as ExploreFixture], body]));

/**
 * Replaces fetch. `routes` maps a request URL (any parameter order) to a JSON body or withStatus(...).
 * An unexpected request fails the test loudly with a 599 and is listed in `unmatched`.
 */
export function stubApi(routes: Record<string, unknown>) {
  const table = new Map<string, unknown>(Object.entries({ ...referenceRoutes(), ...routes }).map(([url, body]) => [normalise(url), body]));
  const calls: string[] = [];
  const unmatched: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = normalise(url);
    calls.push(key);
    if (!table.has(key)) {
      unmatched.push(key);
      return new Response(JSON.stringify({ error: { code: 'unstubbed', message: `No fixture for ${key}` } }), {
        status: 599,
        headers: { 'content-type': 'application/json' },
      });
    }
    const found = table.get(key);
    const { status, body } =
      found && typeof found === 'object' && 'status' in found && 'body' in found
        ? (found as StubbedResponse)
        : { status: 200, body: found };
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  clearReferenceCache();
  return {
    fetchMock,
    calls,
    unmatched,
    /** Whether a request was made, whatever the order of its parameters. */
    requested: (url: string) => calls.includes(normalise(url)),
  };
}

/** Shows the router location so tests can read what the page wrote to the URL. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}${location.hash}`}</output>;
}

/** The URL the page is showing, parsed. */
export function currentLocation(element: HTMLElement): URL {
  return new URL(element.textContent ?? '/', 'http://localhost');
}

export function renderPage(options: { path: string; route: string; element: ReactNode; language?: Language; extraRoutes?: ReactNode }) {
  return render(
    <LanguageProvider initial={options.language ?? 'en'}>
      <MemoryRouter initialEntries={[options.path]}>
        <Routes>
          <Route path={options.route} element={options.element} />
          {options.extraRoutes}
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </LanguageProvider>,
  );
}
