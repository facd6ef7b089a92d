import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SectorsPage from '../../src/sectors/sectors-page.tsx';
import { tableRows } from '../table-rows.ts';
import { currentLocation, fixtureRoutes, renderPage, stubApi } from './api-stub.tsx';
import sectors from './fixtures/sectors.json';
import matrix from './fixtures/sectors-matrix-eur.json';
import europe from './fixtures/sectors-ranking-eur.json';
import usa from './fixtures/sectors-ranking-usa.json';
import validation from './fixtures/sectors-validation.json';

// chart.js cannot draw in jsdom; the chart's text alternative (a table) is what the tests read.
vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

let api: ReturnType<typeof stubApi>;
beforeEach(() => {
  api = stubApi(
    fixtureRoutes({
      'sectors.json': sectors,
      'sectors-ranking-eur.json': europe,
      'sectors-ranking-usa.json': usa,
      'sectors-matrix-eur.json': matrix,
      'sectors-validation.json': validation,
    }),
  );
});

const open = (path = '/explore/sectors') => act(async () => renderPage({ path, route: '/explore/sectors', element: <SectorsPage /> }));

describe('sectors page', () => {
  it("ranks Europe's sectors by this project's estimate, each linked to its page, with coverage flags", async () => {
    await open();
    expect(await screen.findByRole('heading', { level: 2, name: 'Sectors in Europe (33 countries), ranked' })).toBeInTheDocument();
    expect(screen.getByText(/^All sectors: 31\.7% \(78,197 thousand workers\)\./)).toBeInTheDocument();
    const ranking = screen.getByTestId('sector-ranking');
    expect(ranking.querySelector('caption')).toHaveTextContent(
      'Employment in exposed occupations (WP140 gradients 1-4): share of the sector’s workers and number of workers (thousands), ' +
        'Eurostat lfsa_eisn2 2024',
    );
    const rows = tableRows(ranking);
    expect(rows).toHaveLength(21);
    expect(rows[0]).toEqual(['1', 'K Finance and insurance', '50.7%', '3,191', '180 cells not published']);
    expect(rows[1]).toEqual(['2', 'O Public administration and defence', '44.5%', '7,021', '57 cells not published']);
    // Sections of low reliability say so in words, not only by colour.
    const flagged = rows.filter((row) => row[4]?.startsWith('low reliability')).map((row) => row[1]?.[0]);
    expect(flagged.sort()).toEqual(['B', 'U']);
    expect(within(ranking).getByRole('link', { name: 'Finance and insurance' })).toHaveAttribute(
      'href',
      '/explore/sectors/K?area=EUR&measure=wp140_exposed',
    );
    expect(screen.getAllByTestId('bar-chart')[0]).toHaveTextContent(
      'Employment in exposed occupations (WP140 gradients 1-4): share of workers by sector (%)',
    );
    expect(screen.getByTestId('sector-heat-map').querySelectorAll('tbody tr')).toHaveLength(34);
    expect(api.unmatched).toEqual([]);
  });

  it('switches to the United States, kept in the URL: the 20 NAICS sectors from BLS OEWS', async () => {
    const user = userEvent.setup();
    await open();
    await screen.findByTestId('sector-ranking');
    await user.selectOptions(screen.getByLabelText('Country or region', { exact: true }), 'USA');
    expect(currentLocation(screen.getByTestId('location')).searchParams.get('area')).toBe('USA');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sectors in United States, ranked' })).toBeInTheDocument();
    const rows = tableRows(screen.getByTestId('sector-ranking'));
    expect(rows).toHaveLength(usa.items.length);
    expect(rows[0]?.slice(0, 4)).toEqual(['1', 'K Finance and Insurance (NAICS 52)', '89.9%', '5,587']);
    expect(rows[1]?.slice(0, 4)).toEqual(['2', 'J Information (NAICS 51)', '72.5%', '2,092']);
    expect(screen.getByRole('link', { name: 'Finance and Insurance (NAICS 52)' })).toHaveAttribute(
      'href',
      '/explore/sectors/K?area=USA&measure=wp140_exposed&naics=52',
    );
    expect(api.requested('/api/sectors/ranking?area=USA&measure=wp140_exposed&limit=50&lang=en')).toBe(true);
    expect(api.unmatched).toEqual([]);
  });

  it("labels every figure as this project's estimate and shows the method with its validation", async () => {
    await open();
    await screen.findByTestId('sector-ranking');
    const header = screen.getByRole('heading', { level: 1 }).parentElement!;
    expect(header.querySelector('.estimate-badge')).toHaveTextContent(/^This project's estimate$/);
    expect(screen.getByText(/^All sectors: 31\.7%/).querySelector('.estimate-badge')).toHaveTextContent(europe.label);
    expect(screen.getByRole('heading', { level: 2, name: 'Method and validation' })).toBeInTheDocument();
    expect(screen.getByTestId('sector-validation')).toHaveTextContent('phl-brief-exposed-share');
  });
});
