import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import CountriesPage from '../../src/explore/countries-page.tsx';
import { downloadText } from '../../src/shared/csv.ts';
import { currentLocation, renderPage, stubApi } from './api-stub.tsx';
import countries from './fixtures/countries.json';
import sources from './fixtures/sources.json';

// chart.js cannot draw in jsdom; the chart's text alternative (a table) is what the tests read.
vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));
vi.mock('../../src/shared/csv.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/shared/csv.ts')>()),
  downloadText: vi.fn(),
}));

const open = (path = '/explore/countries') => renderPage({ path, route: '/explore/countries', element: <CountriesPage /> });
const table = () => screen.getByRole('table', { name: /Countries and territories: 2024 employment/ });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const methodNote = () => screen.getByText(/These are this project's estimates, not ILO figures/);
const location = () => currentLocation(screen.getByTestId('location'));

beforeEach(() => {
  stubApi({ '/api/countries?lang=en': countries });
  vi.mocked(downloadText).mockClear();
});

describe('countries page', () => {
  it('shows the method and validation error above the table, with every country', async () => {
    open();
    expect(await screen.findByRole('link', { name: 'Afghanistan' })).toHaveAttribute('href', '/explore/countries/AFG');
    const { validation } = countries.estimateMethod;
    expect(methodNote()).toHaveTextContent(
      // Estimate errors, like the estimates, with one decimal.
      `Average error ${validation.meanAbsoluteErrorPp.toFixed(1)} percentage points (largest ` +
        `${validation.maxAbsoluteErrorPp.toFixed(1)}) against ${validation.figures} published ILO figures.`,
    );
    expect(methodNote()).toHaveTextContent('Unit groups are weighted by the number of ESCO job titles');
    expect(screen.getByRole('link', { name: 'See the validation table.' })).toHaveAttribute('href', '#validation');
    // The note comes before the table in reading order.
    expect(methodNote().compareDocumentPosition(table()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(bodyRows()).toHaveLength(countries.total);
    const afghanistan = bodyRows()[0]!;
    expect(afghanistan).toHaveTextContent('Low income');
    expect(afghanistan).toHaveTextContent('Middle East, North Africa, Afghanistan & Pakistan');
    expect(afghanistan).toHaveTextContent('7,894');
    expect(afghanistan).toHaveTextContent('10.9%');
    expect(within(bodyRows().find((row) => row.textContent?.startsWith('Ukraine'))!).getByText('no 2024 data')).toBeInTheDocument();
  });

  it('charts the top 20 by estimated share, with a text alternative', async () => {
    open();
    const chart = await screen.findByRole('table', { name: /Top 20 by estimated share/ });
    const [axis, ...rows] = within(chart).getAllByRole('row');
    expect(axis).toHaveTextContent('Share of employment (%)');
    expect(rows).toHaveLength(20);
    // One decimal, as the table shows the estimates.
    expect(rows[0]).toHaveTextContent('Macao, China45.4%');
    expect(rows[1]).toHaveTextContent('Japan41.3%');
  });

  it('filters by income group and region through the URL, keeping the method note visible', async () => {
    open();
    await screen.findByRole('link', { name: 'Afghanistan' });
    await userEvent.selectOptions(screen.getByLabelText('Income group'), 'LIC');
    expect(location().searchParams.get('income')).toBe('LIC');
    expect(bodyRows()).toHaveLength(countries.items.filter((item) => item.incomeGroup === 'LIC').length);
    expect(bodyRows().every((row) => row.textContent?.includes('Low income'))).toBe(true);
    expect(methodNote()).toBeVisible();

    await userEvent.selectOptions(screen.getByLabelText('Region'), 'North America');
    expect(location().searchParams.get('region')).toBe('North America');
    expect(screen.getByText('No countries or territories match these filters.')).toBeInTheDocument();
    expect(methodNote()).toBeVisible();
  });

  it('restores filters and sort from a deep link and sorts by a header', async () => {
    open('/explore/countries?income=LIC&sort=estimate&order=desc');
    await screen.findByRole('link', { name: 'Yemen' });
    expect(screen.getByLabelText('Income group')).toHaveValue('LIC');
    const estimateHeader = within(table()).getByRole('columnheader', { name: /Estimated exposed share/ });
    expect(estimateHeader).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows()[0]).toHaveTextContent('Yemen');
    expect(bodyRows()[1]).toHaveTextContent('Liberia');

    await userEvent.click(within(estimateHeader).getByRole('button'));
    expect(estimateHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(location().searchParams.get('order')).toBe('asc');
    // Countries without an estimate stay last in either direction.
    expect(bodyRows().at(-1)).toHaveTextContent('—');
    expect(bodyRows()[0]).not.toHaveTextContent('Yemen');

    const nameHeader = within(table()).getByRole('columnheader', { name: /Country or territory/ });
    await userEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(estimateHeader).toHaveAttribute('aria-sort', 'none');
    expect(bodyRows()[0]).toHaveTextContent('Afghanistan');
  });

  it('downloads the filtered countries as CSV with the attribution and disclaimer', async () => {
    open('/explore/countries?region=North%20America');
    await screen.findByRole('link', { name: 'Canada' });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    const [filename, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(filename).toBe('genai-exposure-countries.csv');
    const canada = countries.items.find((item) => item.iso3 === 'CAN')!;
    expect(text.split('\n')).toEqual([
      `# ${sources.attribution.en}`,
      `# ${sources.disclaimer.en}`,
      `ISO 3166 code,Country or territory,Name (English),Income group,Region,Employment 2024 (thousands),"Estimated share of ` +
        `employment in exposed occupations, % (this project's estimate)"`,
      `CAN,Canada,Canada,High income,North America,${canada.employmentThousands},${canada.estimatedExposedPercent}`,
      expect.stringMatching(/^USA,United States,United States,High income,North America,[\d.]+,[\d.]+$/),
      '',
    ]);
  });

  it('renders the validation table at the bottom', async () => {
    open();
    const validation = await screen.findByRole('region', { name: 'How the country estimate was checked' });
    const rows = await within(validation).findByRole('table', { name: "Published ILO figures and this project's estimates" });
    expect(within(rows).getByRole('row', { name: /Global employment in occupations exposed to GenAI/ })).toHaveTextContent('25');
    expect(within(validation).getByRole('table', { name: 'Methods compared' })).toHaveTextContent('ESCO-weighted');
  });
});
