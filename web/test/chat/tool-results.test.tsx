import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ToolData } from '../../src/api/types.ts';
import { CountryCard, GroupFigures, RankedCountries } from '../../src/chat/area-results.tsx';
import { FindingsList } from '../../src/chat/findings-list.tsx';
import { toolCallsOf } from '../../src/chat/message-parts.ts';
import { ComparisonTable, GroupCard, OccupationCard, RankedOccupations } from '../../src/chat/occupation-results.tsx';
import { TaskMatches } from '../../src/chat/task-results.tsx';
import { ToolResults } from '../../src/chat/tool-results.tsx';
import { answerOf, fixtureJson, ofKind, renderChat, toolOutput } from './helpers.tsx';

vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

/** The chart's text alternative (a visually hidden table) as label -> value text. */
const chartValues = (container: HTMLElement) =>
  Object.fromEntries(
    [...within(container).getByTestId('bar-chart').querySelectorAll('tbody tr')].map((row) => [
      row.querySelector('th')!.textContent,
      row.querySelector('td')!.textContent,
    ]),
  );

describe('tool result components (captured outputs)', () => {
  it('occupation card: title, code, both means with badges, change, task bars, explorer link', async () => {
    const user = userEvent.setup();
    const data = ofKind(toolOutput('occupation', 'getOccupation').data, 'occupation');
    renderChat(<OccupationCard data={data} />);
    const card = screen.getByTestId('occupation-card');
    expect(within(card).getByRole('heading', { level: 3, name: 'Accounting and Bookkeeping Clerks' })).toBeInTheDocument();
    expect(card).toHaveTextContent('ISCO-08 4311 · Clerical Support Workers');
    expect(within(card).getByText('2023 study (WP96)').nextElementSibling).toHaveTextContent(/0\.69\s*Automation potential\s*SD 0\.07/);
    expect(within(card).getByText('2025 index (WP140)').nextElementSibling).toHaveTextContent(/0\.64\s*Gradient 4\s*SD 0\.07/);
    expect(within(card).getByText('Change 2023 to 2025').nextElementSibling).toHaveTextContent('−0.05');
    const tasks = within(card).getAllByRole('listitem');
    expect(tasks).toHaveLength(5);
    expect(tasks[0]).toHaveTextContent(/Calculating, preparing and issuing bills.*0\.71.*\(2023: 0\.70\)/);
    expect(tasks[0]!.querySelector('.score-bar > span')).toHaveStyle({ width: '71%' });
    expect(within(card).getByRole('link', { name: 'Open in explorer' })).toHaveAttribute('href', '/explore/occupations/4311');
    expect(within(card).getByRole('button', { name: /Download CSV/ })).toBeInTheDocument();
    await user.tab();
    expect(within(card).getByRole('link', { name: 'Open in explorer' })).toHaveFocus();
  });

  it('occupation card in Traditional Chinese shows the translated title and labels', () => {
    const data = ofKind(toolOutput('occupation-zh', 'getOccupation').data, 'occupation');
    renderChat(<OccupationCard data={data} />, { language: 'zh-TW' });
    const card = screen.getByTestId('occupation-card');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(data.title);
    expect(card).toHaveTextContent('2025 年指數（WP140）');
    expect(within(card).getByRole('link', { name: '在資料瀏覽中開啟' })).toBeInTheDocument();
  });

  it('long task lists fold and unfold', async () => {
    const user = userEvent.setup();
    const data = ofKind(toolOutput('occupation', 'getOccupation').data, 'occupation');
    const many = { ...data, tasks: [...data.tasks, ...data.tasks.map((task) => ({ ...task, id: `${task.id}-b` }))] };
    renderChat(<OccupationCard data={many} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Show all 10 tasks' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Show fewer tasks' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('ISCO group card: how its unit groups spread over categories and gradients', () => {
    const data = ofKind(fixtureJson<{ data: ToolData<'getOccupation'> }>('occupation-group').data, 'group');
    renderChat(<GroupCard data={data} />);
    const card = screen.getByTestId('group-card');
    expect(within(card).getByRole('heading', { name: 'General and Keyboard Clerks' })).toBeInTheDocument();
    expect(within(card).getByRole('row', { name: /Automation potential 3/ })).toBeInTheDocument();
    expect(within(card).getByRole('row', { name: /Gradient 3 1/ })).toBeInTheDocument();
  });

  it('ranked occupations: table and bar chart with a text alternative', async () => {
    const { data } = toolOutput('rank-occupations', 'rankOccupations');
    // act: the chart canvas loads lazily.
    const { container } = await act(async () => renderChat(<RankedOccupations data={data} />));
    const card = screen.getByTestId('ranked-occupations');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Most exposed · Ranked by 2025 mean task score');
    expect(card).toHaveTextContent('5 of 427 scored occupations');
    const rows = within(card).getAllByRole('table')[0]!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent(
      /2\s*Typists and Word Processing Operators 4131\s*0\.65 Gradient 4\s*0\.77 Automation potential\s*−0\.12/,
    );
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Data Entry Clerks' })).toHaveAttribute(
      'href',
      '/explore/occupations/4132',
    );
    expect(chartValues(container)).toMatchObject({ 'Data Entry Clerks': '0.7', 'Securities and Finance Dealers and Brokers': '0.63' });
  });

  it('comparison table: both studies, change and top task for each occupation', () => {
    const { data } = toolOutput('compare', 'compareOccupations');
    renderChat(<ComparisonTable data={data} />);
    const table = within(screen.getByTestId('comparison-table')).getByRole('table');
    expect(
      within(table).getByRole('row', { name: /Accounting and Bookkeeping Clerks 4311 0\.69 Automation potential 0\.64 Gradient 4 −0\.05/ }),
    ).toBeInTheDocument();
    expect(
      within(table).getByRole('row', {
        name: /Software Developers 2512 0\.34 Not affected 0\.53 Gradient 3 \+0\.19 Developing and directing software testing/,
      }),
    ).toBeInTheDocument();
  });

  it('group figures: each published figure with its source class, and the estimate labelled as such', () => {
    const { data } = toolOutput('group-exposure', 'groupExposure');
    const { container } = renderChat(<GroupFigures data={data} />);
    const card = screen.getByTestId('group-figures');
    expect(within(card).getByRole('heading', { level: 3, name: 'Published figures: High income' })).toBeInTheDocument();
    const published = within(card).getAllByRole('table')[0]!;
    expect(
      within(published).getByRole('row', {
        name: /Employment in occupations exposed to GenAI \(gradients 1-4\).*34%.*Total.*WP140.*Press or third-party summary/,
      }),
    ).toBeInTheDocument();
    expect(
      within(published).getByRole('row', {
        name: /augmentation potential \(2023 study\).*13\.4%.*WP96.*ILO text or data seen directly/,
      }),
    ).toBeInTheDocument();
    expect(chartValues(container)).toMatchObject({ "Women's employment in gradient 4 (Women, WP140)": '9.6%' });
    const estimate = within(card).getByTestId('estimate-block');
    for (const badge of within(estimate).getAllByText("This project's estimate")) expect(badge).toHaveClass('estimate-badge');
    expect(estimate).toHaveTextContent('Estimate for High income');
    expect(
      within(estimate).getByRole('row', { name: /Employment in exposed occupations \(WP140 gradients 1-4\) 32\.8%.* 40\.5%.* 26\.4%/ }),
    ).toBeInTheDocument();
    expect(estimate).toHaveTextContent(/Average error 1\.9 percentage points \(largest 5\.4\) against 14 published ILO figures/);
  });

  it('country card: the answer first (estimate with its error, label, income group, what to read it against), then details', () => {
    const data = ofKind(toolOutput('country', 'countryExposure').data, 'country');
    const { container } = renderChat(<CountryCard data={data} />);
    const card = screen.getByTestId('country-card');
    expect(within(card).getByRole('heading', { level: 3, name: 'Brazil' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Upper-middle income · Latin America & Caribbean · BRA');
    const summary = within(card).getByTestId('country-summary');
    expect(within(summary).getByTestId('summary-value')).toHaveTextContent('27.7%');
    expect(summary).toHaveTextContent('± 1.9 points (average error)');
    expect(summary).toHaveTextContent("This project's estimate, not an ILO figure");
    expect(summary).toHaveTextContent('Income groupUpper-middle income');
    // No published share for upper-middle income: this project's estimate for the group, said as such.
    expect(summary).toHaveTextContent(/Read it against Upper-middle income\d+\.\d% this project's estimate for the group/);
    // The summary comes first; the method stays in view.
    const estimate = within(card).getByTestId('estimate-block');
    expect(summary.compareDocumentPosition(estimate) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(estimate).toBeVisible();
    expect(estimate).toHaveTextContent("This project's estimate");
    expect(estimate).toHaveTextContent(/Unit groups are weighted by the number of ESCO job titles/);
    expect(estimate).toHaveTextContent(/Average error 1\.9 percentage points \(largest 5\.4\) against 14 published ILO figures/);
    // The table by measure and sex is there, folded: said once, in the summary above.
    const byMeasure = within(estimate).getByRole('row', { name: /Exposed occupations.* 27\.7%.* 35\.5%.* 21\.9%/i, hidden: true });
    expect(byMeasure.closest('details')).not.toHaveAttribute('open');
    expect(within(card).getByText('Employment by major occupation group, 2024').tagName).toBe('SUMMARY');
    expect(within(card).getByRole('row', { name: /Services And Sales Workers 22,489 22\.4%/ })).toBeInTheDocument();
    expect(chartValues(container)).toMatchObject({ 'Clerical Support Workers': '8.5%' });
    expect(
      within(card).getByRole('row', { name: /augmentation potential.*13\.5%.*ILO text seen only as quoted elsewhere/ }),
    ).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Open in explorer' })).toHaveAttribute('href', '/explore/countries/BRA');
  });

  it('ranked countries: estimate badge, method, validation error, table and chart', () => {
    const { data } = toolOutput('rank-countries', 'rankCountries');
    const { container } = renderChat(<RankedCountries data={data} />);
    const card = screen.getByTestId('ranked-countries');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(
      "Countries ranked: Employment in exposed occupations (WP140 gradients 1-4) This project's estimate",
    );
    expect(card).toHaveTextContent('5 of 184 countries with data');
    expect(card).toHaveTextContent(/Average error 1\.9 percentage points \(largest 5\.4\) against 14 published ILO figures/);
    expect(within(card).getByRole('row', { name: /2 Japan High income 41\.3% 27,944/ })).toBeInTheDocument();
    expect(chartValues(container)).toMatchObject({ Japan: '41.3%' });
  });

  it('task matches: the occupations whose tasks match, each with its tasks, scores and gradient, and a CSV', () => {
    const { data } = toolOutput('task-matches', 'searchTasks');
    renderChat(<TaskMatches data={data} />);
    const card = screen.getByTestId('task-matches');
    expect(within(card).getByRole('heading', { level: 3, name: 'Occupations with tasks like “writing reports”' })).toBeInTheDocument();
    const occupations = within(card).getAllByRole('link');
    expect(occupations.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Paramedical Practitioners', '/explore/occupations/2240'],
      ['Geologists and Geophysicists', '/explore/occupations/2114'],
      ['Physicists and Astronomers', '/explore/occupations/2111'],
      ['Chemists', '/explore/occupations/2113'],
      ['Mathematicians, Actuaries and Statisticians', '/explore/occupations/2120'],
      ['Financial and Insurance Services Branch Managers', '/explore/occupations/1346'],
      ['Applications Programmers', '/explore/occupations/2514'],
      ['Biologists, Botanists, Zoologists and Related Professionals', '/explore/occupations/2131'],
    ]);
    expect(card).toHaveTextContent('Preparing scientific papers and reports.');
    expect(within(card).getByText('Gradient 1')).toHaveClass('badge', 'exposure', 'exposure-gradient-1');
    // The scores as the data has them (0.505, 0.485, 0.51, 0.51, 0.5275, 0.53, 0.615, 0.515), rounded half up.
    expect([...card.querySelectorAll('.score-number')].map((score) => score.textContent?.replace('2025 score ', ''))).toEqual([
      '0.51',
      '0.49',
      '0.51',
      '0.51',
      '0.53',
      '0.53',
      '0.62',
      '0.52',
    ]);
    expect(within(card).getByRole('button', { name: 'Download CSV: tasks matching writing reports' })).toBeInTheDocument();
  });

  it('renders a searchTasks call under the answer', () => {
    renderChat(<ToolResults calls={toolCallsOf(answerOf('task-matches'))} onCite={vi.fn()} />);
    expect(screen.getByTestId('task-matches')).toBeInTheDocument();
  });

  it('findings list: titles with source class; the text opens on demand', async () => {
    const user = userEvent.setup();
    const output = toolOutput('findings', 'searchFindings');
    const onCite = vi.fn();
    renderChat(<FindingsList data={output.data} sources={output.sources} onCite={onCite} />);
    const list = screen.getByTestId('findings-list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(output.data.items.length);
    expect(items[0]).toHaveTextContent("The webinar's policy advice in five points");
    expect(items[0]).toHaveTextContent('Press or third-party summary');
    const body = within(items[0]!).getByText(/groups the speakers' policy advice under five headings/);
    expect(body).not.toBeVisible();
    await user.click(within(items[0]!).getByText(/The webinar's policy advice/));
    expect(body).toBeVisible();
    await user.click(within(items[1]!).getByRole('button', { name: 'Source 2' }));
    expect(onCite).toHaveBeenCalledWith(
      expect.objectContaining({ n: 2, id: 'finding:wp96-policy-managing-transition' }),
      expect.any(HTMLElement),
    );
  });

  it('renders every finished tool call of a message under the answer, skipping name resolution', () => {
    renderChat(<ToolResults calls={toolCallsOf(answerOf('compare'))} onCite={vi.fn()} />);
    expect(screen.getByTestId('comparison-table')).toBeInTheDocument();
    expect(document.querySelectorAll('.result-card')).toHaveLength(1);
  });

  it('says when a tool call failed', () => {
    renderChat(
      <ToolResults
        calls={[{ id: 'x', name: 'getOccupation', state: 'output-error', data: null, sources: [], errorText: 'Invalid input' }]}
        onCite={vi.fn()}
      />,
    );
    expect(screen.getByText('A data lookup failed: Invalid input')).toBeInTheDocument();
  });
});
