import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import SectorPage from '../../src/sectors/sector-page.tsx';
import { tableRows } from '../table-rows.ts';
import { currentLocation, fixtureRoutes, renderPage, stubApi, withStatus } from './api-stub.tsx';
import taiwan from './fixtures/country-twn.json';
import finance from './fixtures/sector-k-deu.json';
import financeOccupations from './fixtures/sector-k-deu-occupations.json';
import noData from './fixtures/sector-k-twn-no-data.json';
import noOccupationData from './fixtures/sector-k-twn-occupations-no-data.json';
import sectors from './fixtures/sectors.json';

// chart.js cannot draw in jsdom; the chart's text alternative (a table) is what the tests read.
vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

let api: ReturnType<typeof stubApi>;
beforeEach(() => {
  api = stubApi(
    fixtureRoutes({
      'sectors.json': sectors,
      'sector-k-deu.json': finance,
      'sector-k-deu-occupations.json': financeOccupations,
      // Errors keep their status: the server answers an area without sector data with 404 no_sector_data.
      'sector-k-twn-no-data.json': withStatus(404, noData),
      'sector-k-twn-occupations-no-data.json': withStatus(404, noOccupationData),
      'country-twn.json': taiwan,
    }),
  );
});

const open = (area: string) =>
  act(async () =>
    renderPage({
      path: `/explore/sectors/K?area=${area}`,
      route: '/explore/sectors/:section',
      element: <SectorPage />,
      extraRoutes: <Route path="/" element={<p>chat page</p>} />,
    }),
  );

describe('sector page', () => {
  it("shows one sector's estimate by measure, labelled, with its coverage", async () => {
    await open('DEU');
    expect(await screen.findByRole('heading', { level: 1, name: 'Finance and insurance in Germany' })).toBeInTheDocument();
    expect(screen.getByText(finance.label)).toHaveClass('estimate-badge');
    expect(tableRows(screen.getByTestId('sector-figures'))).toEqual([
      ['Employment in exposed occupations (WP140 gradients 1-4)', '58.8%', '766'],
      ['Employment in the highest exposure gradient (WP140 gradient 4)', '9.8%', '128'],
      ['Employment with automation potential (WP96)', '15.8%', '206'],
      ['Employment with augmentation potential (WP96)', '16.0%', '208'],
    ]);
    const coverage = within(screen.getByTestId('sector-coverage')).getAllByRole('listitem');
    expect(coverage.map((item) => item.textContent)).toEqual([
      'Employment in published cells: 1,302 thousand',
      'With an ILO score: 100.0% of it',
      'Not published: 6 cells or occupations',
    ]);
  });

  it('lists the occupation mix with the most exposed task, and the caveats and sources', async () => {
    await open('DEU');
    const mix = await screen.findByTestId('sector-occupations');
    expect(screen.getByText('4 of 4 occupations')).toBeInTheDocument();
    expect(tableRows(mix)[0]).toEqual([
      '4 Clerical Support Workers',
      '513',
      '94.9%',
      '486',
      'Screening requests for meetings or appointments and helping to organize meetings; (0.76)',
    ]);
    expect(screen.getByTestId('bar-chart')).toHaveTextContent('Workers in the measure by occupation (thousands), top 4');
    const caveats = within(screen.getByTestId('sector-caveats')).getAllByRole('listitem');
    expect(caveats).toHaveLength(4);
    expect(caveats[0]).toHaveTextContent("This project's estimate: no ILO publication reports GenAI exposure by sector.");
    expect(screen.getByText(finance.sources[0]!.title)).toBeInTheDocument();
    expect(api.unmatched).toEqual([]);
  });

  it('sends its question to the chat', async () => {
    const user = userEvent.setup();
    await open('DEU');
    await user.click(await screen.findByRole('button', { name: 'Ask about this sector' }));
    const location = currentLocation(screen.getByTestId('location'));
    expect(location.pathname).toBe('/');
    expect(location.searchParams.get('q')).toBe('How exposed is Finance and insurance in Germany?');
  });

  it('says when a country has no sector data, and offers its occupation-group page', async () => {
    await open('TWN');
    const notice = await screen.findByTestId('no-sector-data');
    expect(within(notice).getByRole('heading', { level: 1, name: 'No sector data' })).toBeInTheDocument();
    expect(await within(notice).findByRole('link', { name: 'See Taiwan by occupation group' })).toHaveAttribute(
      'href',
      '/explore/countries/TWN',
    );
    expect(notice).toHaveTextContent(/There is no employment by sector and occupation for Taiwan/);
    expect(api.unmatched).toEqual([]);
  });
});
