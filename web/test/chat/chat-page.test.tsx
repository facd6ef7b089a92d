import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import type { ChatMessage } from '../../src/api/types.ts';
import { App } from '../../src/app.tsx';
import ChatPage from '../../src/chat/chat-page.tsx';
import { resetNoticesCache } from '../../src/shared/notices.ts';
import limits from '../explore/fixtures/limits.json';
import occupationStream from './fixtures/occupation.sse.txt?raw';
import { conversation, type FakeRequest, fakeFetch, json, openStream, renderChat, sse } from './helpers.tsx';

vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

function Where() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

const renderPage = (route = '/', language: 'en' | 'zh-TW' = 'en') =>
  renderChat(
    <>
      <Routes>
        <Route path="/" element={<ChatPage />} />
        <Route path="/c/:id" element={<ChatPage />} />
      </Routes>
      <Where />
    </>,
    { route, language },
  );

const saved = (id: string, messages: ChatMessage[]) => ({
  id,
  title: 'How exposed are bookkeepers?',
  language: 'en',
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:05:00.000Z',
  messages,
});
const summary = (id: string, title = 'How exposed are bookkeepers?') => ({
  id,
  title,
  language: 'en',
  updatedAt: '2026-11-28T10:05:00.000Z',
});
const textOfLast = (request: FakeRequest) => {
  const messages = (request.body as { messages: ChatMessage[] }).messages;
  return messages
    .at(-1)!
    .parts.map((part) => (part.type === 'text' ? part.text : ''))
    .join('');
};

beforeEach(() => {
  localStorage.clear();
  resetNoticesCache();
});
afterEach(() => vi.unstubAllGlobals());

describe('chat page', () => {
  it('switches the empty-state suggestions with the language, and a suggestion asks in that language', async () => {
    const user = userEvent.setup();
    const { calls } = fakeFetch({ 'GET /api/conversations': () => json({ items: [] }), 'POST /api/chat': () => sse(occupationStream) });
    renderChat(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ask about generative AI and jobs' })).toBeInTheDocument();
    for (const audience of ['For policymakers', 'For trade unions', 'For students']) {
      expect(within(screen.getByRole('region', { name: audience })).getAllByRole('button')).toHaveLength(4);
    }
    expect(screen.getByRole('button', { name: 'How exposed are software developers?' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Language'), 'zh-TW');
    expect(screen.queryByRole('button', { name: 'How exposed are software developers?' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: '詢問生成式AI與工作' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: '給工會' })).getByRole('button', { name: '客服人員的暴露程度如何？' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '軟體開發人員的暴露程度如何？' }));
    await waitFor(() => expect(calls.some((call) => call.url === '/api/chat')).toBe(true));
    const chat = calls.find((call) => call.url === '/api/chat')!;
    expect(textOfLast(chat)).toBe('軟體開發人員的暴露程度如何？');
    expect((chat.body as { language: string }).language).toBe('zh-TW');
  });

  it('sends with Enter: the browser id header, the language and the chat id, then shows the answer at /c/<id>', async () => {
    const user = userEvent.setup();
    let savedIds: string[] = [];
    const { calls } = fakeFetch({
      'GET /api/conversations': () => json({ items: savedIds.map((id) => summary(id)) }),
      'POST /api/chat': (request) => {
        savedIds = [(request.body as { id: string }).id];
        return sse(occupationStream);
      },
    });
    renderPage('/');
    const box = await screen.findByRole('textbox', { name: 'Your question' });
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.type(box, 'How exposed are{Shift>}{Enter}{/Shift}bookkeepers?');
    expect(box).toHaveValue('How exposed are\nbookkeepers?');
    expect(screen.getByRole('button', { name: 'Send' })).toBeEnabled();
    await user.keyboard('{Enter}');

    expect(await screen.findByTestId('occupation-card')).toBeInTheDocument();
    const request = calls.find((call) => call.url === '/api/chat')!;
    const clientId = localStorage.getItem('genai-jobs-client-id');
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect(request.headers.get('x-client-id')).toBe(clientId);
    const body = request.body as { id: string; language: string; messages: ChatMessage[] };
    expect(body.language).toBe('en');
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(textOfLast(request)).toBe('How exposed are\nbookkeepers?');
    expect(screen.getByTestId('location')).toHaveTextContent(`/c/${body.id}`);
    expect(box).toHaveValue('');

    expect(await screen.findByTestId('grounding-ok')).toHaveTextContent('Every number matches the cited data');
    expect(screen.getByRole('heading', { level: 2, name: /How exposed are\s+bookkeepers\?/ })).toBeInTheDocument();
    expect(
      within(document.querySelector('.answer-text') as HTMLElement).getAllByRole('button', { name: /^Source \d$/ }).length,
    ).toBeGreaterThan(3);
    // Saved: it appears in this browser's list and can be shared; Retry is only for a failed answer.
    const sidebar = screen.getByRole('navigation', { name: 'Conversations' });
    expect(await within(sidebar).findByRole('link', { name: /How exposed are bookkeepers\?/ })).toHaveAttribute('href', `/c/${body.id}`);
    expect(within(sidebar).getByRole('link', { name: /How exposed are bookkeepers\?/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();

    // A second question continues the same conversation.
    await user.type(box, 'And accountants?{Enter}');
    await waitFor(() => expect(calls.filter((call) => call.url === '/api/chat')).toHaveLength(2));
    const second = calls.filter((call) => call.url === '/api/chat')[1]!.body as { id: string; messages: ChatMessage[] };
    expect(second.id).toBe(body.id);
    expect(second.messages).toHaveLength(3);
  });

  it('names what each tool is doing while it streams, and Stop ends it', async () => {
    const user = userEvent.setup();
    let aborted = false;
    fakeFetch({
      'GET /api/conversations': () => json({ items: [] }),
      'POST /api/chat': (request) => {
        request.signal?.addEventListener('abort', () => (aborted = true));
        return openStream(
          [
            '{"type":"start","messageId":"m1"}',
            '{"type":"start-step"}',
            '{"type":"tool-input-start","toolCallId":"c1","toolName":"searchFindings"}',
          ]
            .map((chunk) => `data: ${chunk}\n\n`)
            .join(''),
          request.signal,
        );
      },
    });
    renderPage('/');
    await user.type(await screen.findByRole('textbox', { name: 'Your question' }), 'What policies does the ILO recommend?{Enter}');
    expect(await screen.findByText('Reading ILO findings…')).toBeInTheDocument();
    expect(screen.getByText('Reading ILO findings…').closest('[role=status]')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull());
    expect(aborted).toBe(true);
    expect(screen.queryByText('Reading ILO findings…')).toBeNull();
    expect(screen.getByRole('button', { name: 'Send' })).toBeInTheDocument();
  });

  it('shows an error in words with Retry, which asks again', async () => {
    const user = userEvent.setup();
    let attempts = 0;
    fakeFetch({
      'GET /api/conversations': () => json({ items: [] }),
      'POST /api/chat': () =>
        ++attempts === 1 ? json({ error: { code: 'internal', message: 'The database is not reachable.' } }, 500) : sse(occupationStream),
    });
    renderPage('/');
    await user.type(await screen.findByRole('textbox', { name: 'Your question' }), 'How exposed are bookkeepers?{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The answer could not be completed: The database is not reachable.');
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('grounding-ok')).toBeInTheDocument();
    expect(attempts).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 2, name: /How exposed are bookkeepers\?/ })).toHaveLength(1);
    // Sent once more, with the question once; no Retry once it has worked.
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('shows someone else’s conversation read-only, with a way to start one’s own', async () => {
    const user = userEvent.setup();
    fakeFetch({
      'GET /api/conversations': () => json({ items: [summary('mine-1', 'My own question')] }),
      'GET /api/conversations/shared-42': () => json(saved('shared-42', conversation('occupation'))),
      'GET /api/sources': () => json({ attribution: {}, disclaimer: {} }),
    });
    renderPage('/c/shared-42');
    expect(await screen.findByText('Read-only shared conversation')).toBeInTheDocument();
    expect(await screen.findByTestId('occupation-card')).toBeInTheDocument();
    expect(screen.getByTestId('grounding-ok')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export as Markdown' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    // Its sources still open.
    await user.click(within(document.querySelector('.answer-text') as HTMLElement).getAllByRole('button', { name: 'Source 1' })[0]!);
    expect(screen.getByTestId('citation-panel')).toHaveTextContent('ISCO-08 4311 Accounting and Bookkeeping Clerks');

    await user.click(screen.getByRole('button', { name: 'Start your own' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
    expect(await screen.findByRole('textbox', { name: 'Your question' })).toBeInTheDocument();
    expect(screen.getByTestId('empty-state')).toBeInTheDocument();
  });

  it('continues this browser’s own conversation from its permalink', async () => {
    const user = userEvent.setup();
    const { calls } = fakeFetch({
      'GET /api/conversations': () => json({ items: [summary('mine-7')] }),
      'GET /api/conversations/mine-7': () => json(saved('mine-7', conversation('occupation'))),
      'POST /api/chat': () => sse(occupationStream),
    });
    renderPage('/c/mine-7');
    const box = await screen.findByRole('textbox', { name: 'Your question' });
    expect(screen.queryByText('Read-only shared conversation')).toBeNull();
    expect(screen.getByTestId('occupation-card')).toBeInTheDocument();
    await user.type(box, 'And accountants?{Enter}');
    await waitFor(() => expect(calls.some((call) => call.url === '/api/chat')).toBe(true));
    const body = calls.find((call) => call.url === '/api/chat')!.body as { id: string; messages: ChatMessage[] };
    expect(body.id).toBe('mine-7');
    expect(body.messages).toHaveLength(3);
  });

  it('stops taking questions at the server’s history limit', async () => {
    // A server configured for 4 earlier messages (GET /api/limits), and a conversation one turn longer.
    const serverLimits = { ...limits, maxHistoryMessages: 4 };
    const long: ChatMessage[] = Array.from({ length: serverLimits.maxHistoryMessages / 2 + 1 }, (_, turn) =>
      conversation('occupation').map((message) => ({ ...message, id: `${message.id}-${turn}` })),
    ).flat();
    fakeFetch({
      'GET /api/conversations': () => json({ items: [summary('long-1')] }),
      'GET /api/conversations/long-1': () => json(saved('long-1', long)),
      'GET /api/limits': () => json(serverLimits),
    });
    renderPage('/c/long-1');
    expect(await screen.findByText(/reached its length limit/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your question' })).toBeDisabled();
  });

  it('says when a permalink leads nowhere', async () => {
    fakeFetch({ 'GET /api/conversations': () => json({ items: [] }) });
    renderPage('/c/gone-1');
    expect(await screen.findByText(/This conversation was not found/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start your own' })).toBeInTheDocument();
  });

  it('lists this browser’s conversations, opens one, starts a new one and deletes one', async () => {
    const user = userEvent.setup();
    let items = [summary('c-1', 'First question'), summary('c-2', 'Second question')];
    const { calls } = fakeFetch({
      'GET /api/conversations': () => json({ items }),
      'GET /api/conversations/c-2': () => json(saved('c-2', conversation('findings'))),
      'DELETE /api/conversations/c-2': () => {
        items = items.filter((item) => item.id !== 'c-2');
        return json({ deleted: true });
      },
    });
    renderPage('/');
    const sidebar = await screen.findByRole('navigation', { name: 'Conversations' });
    expect(await within(sidebar).findByRole('link', { name: /First question/ })).toHaveAttribute('href', '/c/c-1');
    expect(calls.find((call) => call.url === '/api/conversations')!.headers.get('x-client-id')).toBe(
      localStorage.getItem('genai-jobs-client-id'),
    );

    await user.click(within(sidebar).getByRole('link', { name: /Second question/ }));
    expect(screen.getByTestId('location')).toHaveTextContent('/c/c-2');
    expect(await screen.findByTestId('findings-list')).toBeInTheDocument();

    await user.click(within(sidebar).getByRole('button', { name: 'Delete conversation: Second question' }));
    await user.click(within(sidebar).getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(within(sidebar).queryByRole('link', { name: /Second question/ })).toBeNull());
    const deletion = calls.find((call) => call.method === 'DELETE')!;
    expect(deletion.url).toBe('/api/conversations/c-2');
    expect(deletion.headers.get('x-client-id')).toBe(localStorage.getItem('genai-jobs-client-id'));
    // Deleting the open conversation goes back to a fresh one.
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));

    await user.click(within(sidebar).getByRole('button', { name: /New conversation/ }));
    expect(screen.getByTestId('empty-state')).toBeInTheDocument();
  });
});
