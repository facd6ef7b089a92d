import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import CountryPage from '../../src/explore/country-page.tsx';
import { currentLocation, renderPage, stubApi, withStatus } from './api-stub.tsx';
import taiwan from './fixtures/country-twn.json';
import taiwanZh from './fixtures/country-twn-zh-tw.json';
import notFound from './fixtures/country-xxx-not-found.json';

// chart.js cannot draw in jsdom; the chart's text alternative (a table) is what the tests read.
vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

const open = (iso3: string, language: 'en' | 'zh-TW' = 'en') =>
  renderPage({
    path: `/explore/countries/${iso3}`,
    route: '/explore/countries/:iso3',
    element: <CountryPage />,
    language,
    extraRoutes: <Route path="/" element={<p>chat page</p>} />,
  });

beforeEach(() => {
  stubApi({
    '/api/countries/TWN?lang=en': taiwan,
    '/api/countries/TWN?lang=zh-TW': taiwanZh,
    '/api/countries/XXX?lang=en': withStatus(404, notFound),
  });
});

describe('country page', () => {
  it('shows employment by occupation group and sex as a table and two charts', async () => {
    open('TWN');
    expect(await screen.findByRole('heading', { level: 1, name: 'Taiwan' })).toBeInTheDocument();
    expect(screen.getByText(/High income · East Asia & Pacific/)).toBeInTheDocument();
    const employment = screen.getByRole('table', { name: 'Employment by ISCO-08 major group and sex, 2024' });
    const clerks = within(employment).getByRole('row', { name: /Clerical Support Workers/ });
    // total thousands, share of total, share of women's, share of men's employment
    expect(
      within(clerks)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1,397', '11.9%', '20.3%', '5.2%']);
    expect(
      screen.getByText('11,701 thousand people employed (women 5,208 thousand, men 6,493 thousand), ILO modelled estimates.'),
    ).toBeInTheDocument();
    const women = screen.getByRole('table', { name: 'Women: share of employment by occupation group (%)' });
    const men = screen.getByRole('table', { name: 'Men: share of employment by occupation group (%)' });
    expect(within(women).getByRole('row', { name: 'Clerical Support Workers 20.3%' })).toBeInTheDocument();
    expect(within(men).getByRole('row', { name: 'Clerical Support Workers 5.2%' })).toBeInTheDocument();
  });

  it("labels the estimate as this project's, with its method and validation error", async () => {
    open('TWN');
    const block = await screen.findByRole('region', { name: 'Estimated share of employment in exposed occupations' });
    expect(within(block).getByText("This project's estimate")).toBeInTheDocument();
    const { validation } = taiwan.estimate;
    expect(block).toHaveTextContent(
      "These are this project's estimates, not ILO figures. Unit groups are weighted by the number of ESCO job titles (preferred and " +
        'alternative labels) mapped to them, a proxy for how many distinct jobs a group covers (no employment by 4-digit group is ' +
        'available).',
    );
    expect(block).toHaveTextContent(
      `Average error ${validation.meanAbsoluteErrorPp.toFixed(1)} percentage points (largest ` +
        `${validation.maxAbsoluteErrorPp.toFixed(1)}) against ${validation.figures} published ILO figures.`,
    );
    const measures = within(block).getByRole('table', {
      name: /^This project's estimate, not an ILO figure: share of employment by measure and sex/,
    });
    const rows = within(measures).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Employment in exposed occupations (WP140 gradients 1-4)',
      'Employment in the highest exposure gradient (WP140 gradient 4)',
      'Employment with automation potential (WP96)',
      'Employment with augmentation potential (WP96)',
    ]);
    // Estimates with one decimal, as everywhere (taiwan.estimate has 32.54, 43.08, 24.09).
    expect(rows[0]).toHaveTextContent('32.5%3,808 thousand');
    expect(rows[0]).toHaveTextContent('43.1%');
    expect(rows[0]).toHaveTextContent('24.1%');
    expect(within(block).getByRole('link', { name: 'See the validation table.' })).toHaveAttribute('href', '/explore/countries#validation');
  });

  it("lists the income group's published ILO figures with their source class in words, notes and sources", async () => {
    open('TWN');
    const figures = await screen.findByRole('table', { name: 'Figures the ILO published for the High income group' });
    const exposed = within(figures).getByRole('row', { name: /Employment in occupations exposed to GenAI/ });
    expect(exposed).toHaveTextContent('34%');
    expect(exposed).toHaveTextContent('Press or third-party summary');
    expect(within(figures).getByRole('row', { name: /automation potential/ })).toHaveTextContent('ILO text or data seen directly');
    const notes = screen.getByRole('region', { name: 'Notes' });
    expect(notes).toHaveTextContent('Employment of men is computed by this project as total minus women.');
    const sources = screen.getByRole('region', { name: 'Sources' });
    expect(within(sources).getByRole('link', { name: 'Taiwan: ILO modelled employment by sex and occupation, 2024' })).toHaveAttribute(
      'href',
      'https://ilostat.ilo.org/',
    );
    expect(within(sources).getByText("Taiwan: this project's estimate of employment in exposed occupations")).toBeInTheDocument();
  });

  it('speaks Traditional Chinese, including the estimate label and the notes', async () => {
    open('TWN', 'zh-TW');
    expect(await screen.findByRole('heading', { level: 1, name: '台灣' })).toBeInTheDocument();
    const block = screen.getByRole('region', { name: '受暴露職業的估計就業比例' });
    expect(block).toHaveTextContent('本專案的估計值，並非 ILO 發布的數據');
    expect(block).toHaveTextContent('以下為本專案的估計值，並非 ILO 發布的數據');
    expect(block).toHaveTextContent('平均誤差 1.9 個百分點（最大 5.4 個百分點）');
    expect(screen.getByRole('region', { name: '附註' })).toHaveTextContent('男性就業人數由本專案以總數減去女性計算。');
  });

  it('"Ask about this country" opens the chat with the question', async () => {
    open('TWN');
    await userEvent.click(await screen.findByRole('button', { name: 'Ask about this country' }));
    expect(currentLocation(screen.getByTestId('location')).searchParams.get('q')).toBe(
      'How exposed is employment in Taiwan to generative AI?',
    );
  });

  it('answers an unknown code with a way back', async () => {
    open('XXX');
    expect(await screen.findByRole('heading', { name: 'No country or territory “XXX”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to all countries' })).toHaveAttribute('href', '/explore/countries');
  });
});
