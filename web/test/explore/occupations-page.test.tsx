import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import OccupationsPage from '../../src/explore/occupations-page.tsx';
import { downloadText } from '../../src/shared/csv.ts';
import { currentLocation, fixtureRoutes, renderPage, stubApi } from './api-stub.tsx';
import major4 from './fixtures/occupations-major-4.json';
import major4All from './fixtures/occupations-major-4-all.json';
import major4Gradient4 from './fixtures/occupations-major-4-gradient-4.json';
import page1 from './fixtures/occupations-page-1.json';
import page1Zh from './fixtures/occupations-page-1-zh-tw.json';
import page2 from './fixtures/occupations-page-2.json';
import clerk from './fixtures/occupations-q-clerk.json';
import nurse from './fixtures/occupations-q-nurse.json';
import size50 from './fixtures/occupations-size-50.json';
import wp140Desc from './fixtures/occupations-wp140-desc.json';
import { EXPLORE_REQUESTS } from './fixtures/requests.ts';
import sources from './fixtures/sources.json';

vi.mock('../../src/shared/csv.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/shared/csv.ts')>()),
  downloadText: vi.fn(),
}));

const ROUTES = fixtureRoutes({
  'occupations-page-1.json': page1,
  'occupations-page-2.json': page2,
  'occupations-size-50.json': size50,
  'occupations-wp140-desc.json': wp140Desc,
  'occupations-major-4.json': major4,
  'occupations-major-4-gradient-4.json': major4Gradient4,
  'occupations-major-4-all.json': major4All,
  'occupations-q-clerk.json': clerk,
  'occupations-page-1-zh-tw.json': page1Zh,
  'occupations-q-nurse.json': nurse,
});

const open = (path = '/explore/occupations', language: 'en' | 'zh-TW' = 'en') =>
  renderPage({ path, route: '/explore/occupations', element: <OccupationsPage />, language });
const table = () => screen.getByRole('table', { name: /ISCO-08 unit groups/ });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
const location = () => currentLocation(screen.getByTestId('location'));
const header = (name: RegExp) => within(table()).getByRole('columnheader', { name });

let api: ReturnType<typeof stubApi>;
beforeEach(() => {
  api = stubApi(ROUTES);
  vi.mocked(downloadText).mockClear();
});

describe('occupations table', () => {
  it('renders the first page of unit groups with both studies and the unscored ones marked', async () => {
    open();
    expect(await screen.findByRole('link', { name: 'Legislators' })).toHaveAttribute('href', '/explore/occupations/1111');
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText('1–25 of 436 unit groups')).toBeInTheDocument();
    // 0110 has no ILO scores; 1111 has both studies.
    expect(within(bodyRows()[0]!).getByText('No ILO scores')).toBeInTheDocument();
    const legislators = bodyRows()[3]!;
    expect(within(legislators).getByText('1111')).toBeInTheDocument();
    expect(within(legislators).getByText('0.31')).toBeInTheDocument();
    expect(within(legislators).getByText('Not exposed')).toBeInTheDocument();
    expect(within(legislators).getByText('0.22')).toBeInTheDocument();
    expect(within(legislators).getByText('+0.09')).toBeInTheDocument();
    // The major group filter names the ten groups in the interface language.
    const major = screen.getByLabelText('Major group');
    await waitFor(() => expect(within(major).getByRole('option', { name: '4 Clerical Support Workers' })).toBeInTheDocument());
    expect(within(major).getAllByRole('option')).toHaveLength(11);
    expect(header(/Code/)).toHaveAttribute('aria-sort', 'ascending');
    expect(api.unmatched).toEqual([]);
  });

  it('writes filters to the URL and asks the API for the filtered rows', async () => {
    open();
    await screen.findByRole('link', { name: 'Legislators' });
    await waitFor(() => expect(screen.getByRole('option', { name: '4 Clerical Support Workers' })).toBeInTheDocument());
    await userEvent.selectOptions(screen.getByLabelText('Major group'), '4');
    expect(location().searchParams.get('major')).toBe('4');
    expect(await screen.findByRole('link', { name: 'General Office Clerks' })).toBeInTheDocument();
    expect(screen.getByText('1–25 of 29 unit groups')).toBeInTheDocument();
    expect(api.requested(EXPLORE_REQUESTS['occupations-major-4.json'])).toBe(true);
    expect(bodyRows().every((row) => within(row).getAllByRole('cell')[0]!.textContent!.startsWith('4'))).toBe(true);
  });

  it('restores every filter and the sort from a deep link', async () => {
    open('/explore/occupations?major=4&exposure=gradient_4&sort=wp140_mean&order=desc');
    expect(await screen.findByRole('link', { name: 'Data Entry Clerks' })).toBeInTheDocument();
    expect(screen.getByLabelText('Major group')).toHaveValue('4');
    expect(screen.getByLabelText('2025 gradient (WP140)')).toHaveValue('gradient_4');
    expect(screen.getByLabelText('2023 category (WP96)')).toHaveValue('');
    expect(header(/2025 mean/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/Code/)).toHaveAttribute('aria-sort', 'none');
    const codes = bodyRows().map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    expect(codes).toEqual(major4Gradient4.items.map((item) => item.code));
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
    expect(api.unmatched).toEqual([]);
  });

  it('sorts by a column header, changing the order and aria-sort', async () => {
    open();
    await screen.findByRole('link', { name: 'Legislators' });
    await userEvent.click(within(header(/2025 mean/)).getByRole('button'));
    expect(await screen.findByRole('link', { name: 'Data Entry Clerks' })).toBeInTheDocument();
    expect(header(/2025 mean/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/Code/)).toHaveAttribute('aria-sort', 'none');
    expect(location().searchParams.get('sort')).toBe('wp140_mean');
    expect(location().searchParams.get('order')).toBe('desc');
    const means = bodyRows().map((row) => Number(within(row).getAllByRole('cell')[1]!.querySelector('.score')!.textContent));
    expect(means[0]).toBe(0.7);
    expect([...means].sort((a, b) => b - a)).toEqual(means);
  });

  it('pages forward and changes the page size, keeping both in the URL', async () => {
    open();
    await screen.findByRole('link', { name: 'Legislators' });
    await userEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('26–50 of 436 unit groups')).toBeInTheDocument();
    expect(location().searchParams.get('page')).toBe('2');
    expect(within(bodyRows()[0]!).getAllByRole('cell')[0]).toHaveTextContent(page2.items[0]!.code);
    expect(screen.getByRole('button', { name: /Previous/ })).toBeEnabled();
    await userEvent.selectOptions(screen.getByLabelText('Rows per page'), '50');
    expect(await screen.findByText('1–50 of 436 unit groups')).toBeInTheDocument();
    expect(location().searchParams.get('size')).toBe('50');
    expect(location().searchParams.get('page')).toBeNull();
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
  });

  it('searches after a pause in typing and puts the query in the URL', async () => {
    open();
    await screen.findByRole('link', { name: 'Legislators' });
    await userEvent.type(screen.getByLabelText('Search by job name or code'), 'clerk');
    await waitFor(() => expect(location().searchParams.get('q')).toBe('clerk'));
    expect(await screen.findByText(`1–${clerk.items.length} of ${clerk.total} unit groups`)).toBeInTheDocument();
    // One request for the finished word, none for each keystroke.
    expect(api.calls.filter((call) => call.startsWith('/api/occupations?') && call.includes('q='))).toEqual([
      expect.stringContaining('q=clerk'),
    ]);
    expect(api.unmatched).toEqual([]);
  });

  it('finds occupations by everyday job name as the chat does, best match first, with the name that matched', async () => {
    open('/explore/occupations?q=nurse');
    // "nurse" is a nursing job, not a nursery grower (a title that merely contains the letters).
    const first = await screen.findByRole('link', { name: 'Nursing Professionals' });
    expect(first).toHaveAttribute('href', '/explore/occupations/2221');
    expect(screen.queryByRole('link', { name: /Nursery Growers/ })).toBeNull();
    expect(within(bodyRows()[0]!).getAllByRole('cell')[0]).toHaveTextContent('2221');
    expect(bodyRows().map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(nurse.items.map((item) => item.code));
    expect(within(bodyRows()[0]!).getByText('(matches “nurse”)')).toBeInTheDocument();
    expect(screen.getByLabelText('Search by job name or code')).toHaveValue('nurse');
    // The best matches come first: no column is marked as the sort.
    expect(header(/Code/)).toHaveAttribute('aria-sort', 'none');
    expect(api.unmatched).toEqual([]);
  });

  it('downloads the whole filtered result as CSV with the attribution and disclaimer', async () => {
    open('/explore/occupations?major=4');
    await screen.findByRole('link', { name: 'General Office Clerks' });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV (29 rows)' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    expect(api.requested(EXPLORE_REQUESTS['occupations-major-4-all.json'])).toBe(true);
    const [filename, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(filename).toBe('genai-exposure-occupations-major-4.csv');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`# ${sources.attribution.en}`);
    expect(lines[1]).toBe(`# ${sources.disclaimer.en}`);
    expect(lines[2]).toBe(
      'ISCO-08 code,Title,Title (English),Major group,Scored by the ILO,2025 mean (WP140),2025 SD (WP140),2025 gradient (WP140),2023 ' +
        'mean (WP96),2023 SD (WP96),2023 category (WP96),Change (2025 mean minus 2023 mean),Scored tasks',
    );
    expect(lines).toHaveLength(3 + 29);
    expect(lines.slice(3).every((line) => line.startsWith('4'))).toBe(true);
    expect(lines).toContain('4132,Data Entry Clerks,Data Entry Clerks,4,yes,0.7,0.03,Gradient 4,0.7,0.1,Automation potential,0,5');
    expect(lines.find((line) => line.startsWith('4312,'))).toMatch(
      /^4312,"Statistical, Finance and Insurance Clerks","Statistical, Finance and Insurance Clerks",4,/,
    );
  });

  it('shows titles and filter names in Traditional Chinese', async () => {
    open('/explore/occupations', 'zh-TW');
    expect(await screen.findByRole('link', { name: '軍官' })).toBeInTheDocument();
    expect(screen.getByText('第 1–25 筆，共 436 個細類')).toBeInTheDocument();
    const major = screen.getByLabelText('大類');
    await waitFor(() => expect(within(major).getByRole('option', { name: '4 事務支援人員' })).toBeInTheDocument());
    expect(within(screen.getByLabelText('2025 年梯度（WP140）')).getByRole('option', { name: '第4梯度' })).toBeInTheDocument();
    expect(api.requested(EXPLORE_REQUESTS['occupations-page-1-zh-tw.json'])).toBe(true);
  });

  it('offers a retry after an error', async () => {
    api = stubApi({});
    open();
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this');
    api = stubApi(ROUTES);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Legislators' })).toBeInTheDocument();
  });
});
