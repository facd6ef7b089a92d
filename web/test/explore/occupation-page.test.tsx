import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import OccupationPage from '../../src/explore/occupation-page.tsx';
import { currentLocation, renderPage, stubApi, withStatus } from './api-stub.tsx';
import group41 from './fixtures/occupation-41.json';
import ictManagers from './fixtures/occupation-1330.json';
import notFound from './fixtures/occupation-9999-not-found.json';

const open = (code: string) =>
  renderPage({
    path: `/explore/occupations/${code}`,
    route: '/explore/occupations/:code',
    element: <OccupationPage />,
    extraRoutes: <Route path="/" element={<p>chat page</p>} />,
  });

beforeEach(() => {
  stubApi({
    '/api/occupations/1330?lang=en': ictManagers,
    '/api/occupations/41?lang=en': group41,
    '/api/occupations/9999?lang=en': withStatus(404, notFound),
  });
});

describe('occupation page', () => {
  it('shows the hierarchy and both studies side by side with their labels and definitions', async () => {
    open('1330');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Information and Communications Technology Services Managers' }),
    ).toBeInTheDocument();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(breadcrumb).getByRole('link', { name: '1 Managers' })).toHaveAttribute('href', '/explore/occupations/1');
    expect(within(breadcrumb).getByRole('link', { name: /^133 / })).toHaveAttribute('href', '/explore/occupations/133');

    const wp96 = screen.getByRole('region', { name: '2023 study (ILO Working Paper 96)' });
    expect(within(wp96).getByText('0.31')).toBeInTheDocument();
    expect(within(wp96).getByText('0.13')).toBeInTheDocument();
    expect(within(wp96).getByText('Not affected')).toBeInTheDocument();
    expect(await within(wp96).findByText(/mean task score below 0.40 and limited spread/)).toBeInTheDocument();

    const wp140 = screen.getByRole('region', { name: '2025 refined index (ILO Working Paper 140)' });
    expect(within(wp140).getByText('0.44')).toBeInTheDocument();
    expect(within(wp140).getByText('0.07')).toBeInTheDocument();
    expect(await within(wp140).findByText('Gradient 2')).toBeInTheDocument();
    expect(within(wp140).getByText(/mean task score from 0.40 up to/)).toBeInTheDocument();

    const change = screen.getByRole('region', { name: 'What changed from 2023 to 2025' });
    expect(change).toHaveTextContent('+0.13 (from 0.31 in 2023 to 0.44 in 2025)');
    expect(change).toHaveTextContent(
      're-scored the tasks with a new method, so this is a difference between two measures, not a trend over time',
    );
  });

  it('lists the tasks by 2025 score with both years and marks reconciled scores', async () => {
    open('1330');
    const tasks = await screen.findAllByTestId('task');
    expect(tasks).toHaveLength(ictManagers.tasks.length);
    const scores2025 = tasks.map((task) => Number(task.querySelector('.score-2025 .score-value')!.textContent));
    expect([...scores2025].sort((a, b) => b - a)).toEqual(scores2025);
    expect(tasks[0]).toHaveTextContent(ictManagers.tasks.find((task) => task.taskNo === 7)!.text);
    expect(tasks[0]!.querySelector('.score-2023 .score-value')).toHaveTextContent('0.30');
    const reconciled = tasks.filter((task) => within(task).queryByText('reconciled'));
    expect(reconciled).toHaveLength(1);
    expect(reconciled[0]).toHaveTextContent('Overseeing the security of ICT systems;');
    expect(screen.getByText(/does not describe the procedure/)).toBeInTheDocument();
  });

  it('lists its sources with links', async () => {
    open('1330');
    const sources = await screen.findByRole('region', { name: 'Sources' });
    expect(within(sources).getByRole('link', { name: /ISCO-08 1330 .*ILO GenAI exposure scores/ })).toHaveAttribute(
      'href',
      'https://github.com/pgmyrek/2025_GenAI_scores_ISCO08',
    );
    expect(within(sources).getByText(/ILO task-level scores file \(Gmyrek et al. 2025\), ISCO-08 1330/)).toBeInTheDocument();
  });

  it('"Ask about this occupation" opens the chat with the question in ?q=', async () => {
    open('1330');
    await userEvent.click(await screen.findByRole('button', { name: 'Ask about this occupation' }));
    expect(await screen.findByText('chat page')).toBeInTheDocument();
    const location = currentLocation(screen.getByTestId('location'));
    expect(location.pathname).toBe('/');
    expect(location.searchParams.get('q')).toBe(
      'How exposed are Information and Communications Technology Services Managers (ISCO-08 1330) to generative AI, and which of ' +
        'their tasks are most affected?',
    );
  });

  it('shows a 1-3 digit group as a distribution chart with links to its children', async () => {
    open('41');
    expect(await screen.findByRole('heading', { level: 1, name: 'General and Keyboard Clerks' })).toBeInTheDocument();
    expect(screen.getByText('4 of its 4 unit groups have ILO scores.')).toBeInTheDocument();
    const charts = await screen.findAllByTestId('bar-chart');
    expect(charts).toHaveLength(2);
    // The chart's text alternative carries the counts.
    const gradients = within(charts[0]!).getByRole('table', { name: 'Unit groups in 41 by 2025 gradient' });
    expect(within(gradients).getByRole('row', { name: 'Gradient 4 3' })).toBeInTheDocument();
    expect(within(gradients).getByRole('row', { name: 'Gradient 3 1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '411 General Office Clerks' })).toHaveAttribute('href', '/explore/occupations/411');
    expect(screen.getByRole('link', { name: 'Show these unit groups in the table' })).toHaveAttribute('href', '/explore/occupations?q=41');
  });

  it('answers an unknown code with the closest codes', async () => {
    open('9999');
    expect(await screen.findByRole('heading', { name: 'No ISCO-08 group “9999”' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '9629' })).toHaveAttribute('href', '/explore/occupations/9629');
    expect(screen.getAllByRole('link', { name: /^96\d\d$/ })).toHaveLength(5);
    expect(screen.getByRole('link', { name: 'Back to all occupations' })).toBeInTheDocument();
  });

  it('explains a malformed code without asking the API', async () => {
    const api = stubApi({});
    open('abc');
    expect(await screen.findByText('An ISCO-08 code has 1 to 4 digits, for example 4132.')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.startsWith('/api/occupations/abc'))).toEqual([]);
  });
});
