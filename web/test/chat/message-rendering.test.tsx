import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ChatMessage } from '../../src/api/types.ts';
import { MessageList } from '../../src/chat/message-list.tsx';
import { answerOf, conversation, fixtureJson, renderChat } from './helpers.tsx';

vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

const assistant = (text: string, extra: ChatMessage['parts'] = []): ChatMessage => ({
  id: 'a1',
  role: 'assistant',
  parts: [{ type: 'text', text }, ...extra],
});
const question: ChatMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'A question' }] };

describe('answer rendering', () => {
  it('renders GFM tables from the answer Markdown', async () => {
    // act: the chart under the answer loads lazily.
    await act(async () => renderChat(<MessageList messages={conversation('rank-occupations')} streaming={false} />));
    const answer = document.querySelector('.answer-text')!;
    const table = within(answer as HTMLElement).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByRole('cell', { name: /Data Entry Clerks \(ISCO-08 4132\)/ })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Occupation' })).toBeInTheDocument();
  });

  it('lets no raw HTML from the model become an element', () => {
    const text =
      'Before <script>window.hacked = true</script> and <img src=x onerror="window.hacked = true"> and <b onclick="x()">bold</b> and ' +
      '[link](javascript:alert(1)) after.';
    const { container } = renderChat(<MessageList messages={[question, assistant(text)]} streaming={false} />);
    const answer = container.querySelector('.answer-text')!;
    expect(answer.querySelector('script')).toBeNull();
    expect(answer.querySelector('img')).toBeNull();
    expect(answer.querySelector('b')).toBeNull();
    expect(answer.querySelector('[onerror], [onclick]')).toBeNull();
    expect(answer.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
    expect(Reflect.get(window, 'hacked')).toBeUndefined();
    expect(answer.textContent).toContain('Before');
    expect(answer.textContent).toContain('after.');
  });

  it('does not let the model forge citation buttons or highlights', () => {
    const { container } = renderChat(
      <MessageList
        messages={[question, assistant('<sup data-cite="1">[1]</sup> <mark data-unverified="true">9</mark> text [7]')]}
        streaming={false}
      />,
    );
    // [7] has no citation in this message: it stays plain text, never a button.
    expect(screen.queryByRole('button', { name: /Source/ })).toBeNull();
    expect(container.querySelector('mark')).toBeNull();
    expect(container.querySelector('.answer-text')!.textContent).toContain('[7]');
  });

  it('marks English quoted in a Chinese answer as English, and still marks the citations and figures inside it', () => {
    const grounding = (language: string) =>
      [
        {
          type: 'data-grounding',
          data: { numbers: 1, verified: 0, unverified: ['42'], excluded: [], repaired: false, model: 'local', language },
        },
      ] as ChatMessage['parts'];
    const text =
      'ILO指出女性的暴露程度仍「significantly higher」（明顯較高），影響「高度性別化」（"highly gendered [1]"），約 42 個「Task 42」。';
    const { container, unmount } = renderChat(
      <MessageList messages={[question, assistant(text, grounding('zh-TW'))]} streaming={false} />,
      {
        language: 'zh-TW',
      },
    );
    const english = [...container.querySelectorAll('.answer-text [lang="en"]')];
    // The quotation marks and the Chinese quotation stay Chinese; the marker (no source in this message) stays one.
    expect(english.map((span) => span.firstChild?.textContent)).toEqual(['significantly higher', 'highly gendered ', 'Task ']);
    expect(english[1]!.querySelector('.cite')).toHaveTextContent('[1]');
    const marks = container.querySelectorAll('.answer-text [lang="en"] mark');
    expect([...marks].map((mark) => mark.firstChild?.textContent)).toEqual(['42']);
    expect(container.querySelectorAll('.answer-text mark')).toHaveLength(2);
    unmount();
    // An English answer is English throughout: nothing in it is marked.
    const { container: inEnglish } = renderChat(<MessageList messages={[question, assistant(text, grounding('en'))]} streaming={false} />);
    expect(inEnglish.querySelectorAll('.answer-text [lang="en"]')).toHaveLength(0);
  });

  it('turns citation markers into buttons that open the source panel with the finding text', async () => {
    const user = userEvent.setup();
    renderChat(<MessageList messages={conversation('findings')} streaming={false} />);
    const answer = document.querySelector('.answer-text') as HTMLElement;
    const marker = within(answer).getByRole('button', { name: 'Source 1' });
    expect(marker).toHaveTextContent('[1]');
    await user.click(marker);
    const panel = screen.getByTestId('citation-panel');
    expect(panel).toHaveAttribute('role', 'dialog');
    expect(within(panel).getByRole('heading', { level: 2, name: "The webinar's policy advice in five points" })).toHaveFocus();
    expect(within(panel).getByTestId('citation-locator')).toHaveTextContent(
      /Third-party summary in Traditional Chinese of the ILO webinar of 21 February 2024/,
    );
    expect(within(panel).getByText('Press or third-party summary')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /youtube\.com/ })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=X5YJVLm8x9k',
    );
    expect(within(panel).getByText(/groups the speakers' policy advice under five headings/)).toBeInTheDocument();

    // Escape closes it and puts focus back on the marker.
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('citation-panel')).toBeNull();
    expect(marker).toHaveFocus();
  });

  it('shows the occupation data row behind an occupation citation', async () => {
    const user = userEvent.setup();
    renderChat(<MessageList messages={conversation('occupation')} streaming={false} />);
    const answer = document.querySelector('.answer-text') as HTMLElement;
    await user.click(within(answer).getAllByRole('button', { name: 'Source 1' })[0]!);
    const panel = screen.getByTestId('citation-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'ISCO-08 4311 Accounting and Bookkeeping Clerks: ILO GenAI exposure scores',
    );
    expect(within(panel).getByTestId('citation-locator')).toHaveTextContent(
      'ILO task-level scores file (Gmyrek et al. 2025), ISCO-08 4311; dataset',
    );
    expect(within(panel).getByText('ILO text or data seen directly')).toBeInTheDocument();
    const row = within(panel).getByTestId('citation-detail-occupation');
    expect(row).toHaveTextContent('0.64');
    expect(row).toHaveTextContent('Gradient 4');
    expect(row).toHaveTextContent('0.69');
    expect(row).toHaveTextContent(/Calculating, preparing and issuing bills/);
    // The close button closes it too.
    await user.click(within(panel).getByRole('button', { name: 'Close source' }));
    expect(screen.queryByTestId('citation-panel')).toBeNull();
  });

  it('shows the estimate block, with its method and validation error, behind an estimate citation', async () => {
    const user = userEvent.setup();
    renderChat(<MessageList messages={conversation('country')} streaming={false} />);
    const answer = document.querySelector('.answer-text') as HTMLElement;
    // The estimate is cited twice: for its shares and for the number of workers they make.
    const [first, ...again] = within(answer).getAllByRole('button', { name: 'Source 2' });
    expect(again).toHaveLength(1);
    await user.click(first!);
    const panel = screen.getByTestId('citation-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      "Brazil: this project's estimate of employment in exposed occupations",
    );
    expect(within(panel).getByText('Computed by this project')).toBeInTheDocument();
    const estimate = within(panel).getByTestId('estimate-block');
    expect(estimate).toHaveTextContent("This project's estimate");
    expect(estimate).toHaveTextContent('27.7%');
    expect(estimate).toHaveTextContent(/Average error 1\.9 percentage points \(largest 5\.4\) against 14 published ILO figures/);
    expect(estimate).toHaveTextContent(/weighted by the number of ESCO job titles/);
  });

  it('shows a published figure behind a figure citation, with its source class in words', async () => {
    const user = userEvent.setup();
    renderChat(<MessageList messages={conversation('group-exposure')} streaming={false} />);
    const answer = document.querySelector('.answer-text') as HTMLElement;
    await user.click(within(answer).getByRole('button', { name: 'Source 1' }));
    const panel = screen.getByTestId('citation-panel');
    expect(within(panel).getByText('Press or third-party summary')).toBeInTheDocument();
    expect(within(panel).getByTestId('citation-detail-figure')).toHaveTextContent('34%');
  });

  it('shows the employment structure behind a country citation, and an ISCO group behind a group citation', async () => {
    const user = userEvent.setup();
    const { unmount } = renderChat(<MessageList messages={conversation('country')} streaming={false} />);
    await user.click(within(document.querySelector('.answer-text') as HTMLElement).getByRole('button', { name: 'Source 1' }));
    expect(within(screen.getByTestId('citation-panel')).getByTestId('citation-detail-country')).toHaveTextContent(
      /Clerical Support Workers\s*[\d,]+\s*8\.5%/,
    );
    unmount();

    const group = fixtureJson<{ data: unknown; sources: unknown[] }>('occupation-group');
    const message = assistant('ISCO-08 41 has 4 scored unit groups [1].', [
      { type: 'tool-getOccupation', toolCallId: 'g1', state: 'output-available', input: { code: '41' }, output: group },
    ] as ChatMessage['parts']);
    renderChat(<MessageList messages={[question, message]} streaming={false} />);
    await user.click(within(document.querySelector('.answer-text') as HTMLElement).getByRole('button', { name: 'Source 1' }));
    const panel = screen.getByTestId('citation-panel');
    expect(within(panel).getByTestId('citation-locator')).toHaveTextContent('ISCO-08 41: labels of 4 scored unit groups');
    expect(within(panel).getByTestId('group-card')).toHaveTextContent('General and Keyboard Clerks');
  });
});

describe('grounding', () => {
  it('marks an answer whose figures were all verified', () => {
    renderChat(<MessageList messages={conversation('occupation')} streaming={false} />);
    expect(screen.getByTestId('grounding-ok')).toHaveTextContent('Every number matches the cited data (13 checked)');
    expect(screen.queryByTestId('grounding-warning')).toBeNull();
  });

  it('warns about unverified figures and highlights them in the text (a zh-TW answer with a figure no tool gave)', () => {
    renderChat(<MessageList messages={conversation('unverified-zh')} streaming={false} />, { language: 'zh-TW' });
    expect(screen.getByTestId('grounding-warning')).toHaveTextContent('有 1 個數字無法查核：42');
    expect(screen.queryByTestId('grounding-ok')).toBeNull();
    const marks = screen.getAllByTestId('unverified-number');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toMatch(/^42/);
    // The years and the citation marker are not highlighted.
    expect(document.querySelector('.answer-text')!.textContent).toContain('2024');
  });

  it('lists several unverified figures, and shows the repaired answer when the check rewrote it', () => {
    const message = assistant('The draft said 62% and 1,234 workers [1].', [
      {
        type: 'data-grounding',
        data: {
          numbers: 3,
          verified: 1,
          unverified: ['0.7', '12'],
          excluded: [],
          repaired: true,
          repairedAnswer: 'About 0.7 of tasks [1], 12 in all, and 2025 data [1].',
          model: 'openai:test',
          language: 'en',
        },
      },
    ] as ChatMessage['parts']);
    renderChat(<MessageList messages={[question, message]} streaming={false} />);
    expect(screen.getByTestId('grounding-warning')).toHaveTextContent('2 figures could not be verified: 0.7, 12');
    const answer = document.querySelector('.answer-text')!;
    expect(answer).toHaveTextContent(/About 0\.7/);
    expect(answer).not.toHaveTextContent('62%');
    expect([...answer.querySelectorAll('mark')].map((mark) => mark.firstChild?.textContent)).toEqual(['0.7', '12']);
    expect(screen.getByText(/Corrected automatically/)).toBeInTheDocument();
    expect(screen.getByText('Show the first draft')).toBeInTheDocument();
  });

  it('shows a data-notice as a notice line', () => {
    const message = assistant('Answer [1].', [
      { type: 'data-notice', data: { message: 'The configured model did not answer; the built-in local model answered instead.' } },
      {
        type: 'data-grounding',
        data: { numbers: 0, verified: 0, unverified: [], excluded: [], repaired: false, model: 'local', language: 'en' },
      },
    ] as ChatMessage['parts']);
    renderChat(<MessageList messages={[question, message]} streaming={false} />);
    expect(screen.getByRole('note')).toHaveTextContent(
      'Notice: The configured model did not answer; the built-in local model answered instead.',
    );
    // No figures: neither mark.
    expect(screen.queryByTestId('grounding-ok')).toBeNull();
    expect(screen.queryByTestId('grounding-warning')).toBeNull();
  });

  it('says so when an answer was stopped before its check', () => {
    const message = answerOf('occupation');
    message.parts = message.parts.filter((part) => part.type !== 'data-grounding');
    renderChat(<MessageList messages={[question, message]} streaming={false} />);
    expect(screen.getByText(/Stopped\. This answer is incomplete/)).toBeInTheDocument();
  });
});
