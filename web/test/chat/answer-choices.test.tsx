/** The "Answering:" line, and choices that send a question: the readings of a doubtful name and follow-ups. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ChatMessage } from '../../src/api/types.ts';
import { MessageList } from '../../src/chat/message-list.tsx';
import { answerOf, renderChat } from './helpers.tsx';

const question = (id: string, text: string): ChatMessage => ({ id, role: 'user', parts: [{ type: 'text', text }] });
type Understood = Extract<ChatMessage['parts'][number], { type: 'data-understood' }>['data'];
type Grounding = Extract<ChatMessage['parts'][number], { type: 'data-grounding' }>['data'];

const grounding: Grounding = { numbers: 1, verified: 1, unverified: [], excluded: [], repaired: false, model: 'local', language: 'en' };
/** A real answer's understanding (captured), read as a doubtful name with two readings. */
const captured = answerOf('occupation').parts.find((part) => part.type === 'data-understood')!.data;
const understood = {
  ...captured,
  summary: 'Answering: exposure of Nursing and Midwifery Professionals (ISCO-08 222), read from "nurse"',
  subjects: [],
  unused: [],
  clarify: {
    reason: 'ambiguous',
    fromText: 'nurse',
    options: [
      { kind: 'occupation', id: '2221', label: 'Nursing Professionals', question: 'How exposed is Nursing Professionals?' },
      {
        kind: 'occupation',
        id: '3221',
        label: 'Nursing Associate Professionals',
        question: 'How exposed is Nursing Associate Professionals?',
      },
    ],
  },
} satisfies Understood;
const answer = (id: string, followUps: string[], data: Understood = understood): ChatMessage => ({
  id,
  role: 'assistant',
  parts: [
    { type: 'data-understood', data },
    { type: 'text', text: 'Nursing professionals score 0.25 [1].' },
    { type: 'data-follow-ups', data: followUps },
    { type: 'data-grounding', data: grounding },
  ],
});

describe('what an answer understood, and the choices it offers', () => {
  it('opens with the "Answering:" line, above the text and the secondary number check', () => {
    renderChat(<MessageList messages={[question('q1', 'How exposed is a nurse?'), answer('a1', [])]} streaming={false} />);
    const line = screen.getByTestId('understood');
    expect(line).toHaveTextContent('Answering: exposure of Nursing and Midwifery Professionals (ISCO-08 222)');
    const article = screen.getByRole('article');
    expect(article.firstElementChild).toBe(line);
    expect(line.compareDocumentPosition(screen.getByTestId('grounding-ok')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('turns each reading and each follow-up into a button that sends its question', async () => {
    const user = userEvent.setup();
    const onAsk = vi.fn();
    renderChat(
      <MessageList
        messages={[question('q1', 'How exposed is a nurse?'), answer('a1', ['Which clerical jobs are most exposed?'])]}
        streaming={false}
        onAsk={onAsk}
      />,
    );
    const readings = screen.getByTestId('clarify-choices');
    expect(readings).toHaveTextContent('"nurse" can mean several occupations');
    await user.click(within(readings).getByRole('button', { name: 'Nursing Associate Professionals (ISCO-08 3221)' }));
    expect(onAsk).toHaveBeenLastCalledWith('How exposed is Nursing Associate Professionals?');
    await user.click(within(screen.getByTestId('follow-ups')).getByRole('button', { name: 'Which clerical jobs are most exposed?' }));
    expect(onAsk).toHaveBeenLastCalledWith('Which clerical jobs are most exposed?');
  });

  it('offers follow-ups under the latest answer only, and none while it streams or where one cannot ask', () => {
    const messages = [
      question('q1', 'How exposed is a nurse?'),
      answer('a1', ['Which clerical jobs are most exposed?']),
      question('q2', 'And teachers?'),
      answer('a2', ['Is exposure the same as job loss?']),
    ];
    const { unmount } = renderChat(<MessageList messages={messages} streaming={false} onAsk={() => {}} />);
    expect(screen.getAllByTestId('follow-ups')).toHaveLength(1);
    expect(screen.getByTestId('follow-ups')).toHaveTextContent('Is exposure the same as job loss?');
    unmount();
    renderChat(<MessageList messages={messages} streaming onAsk={() => {}} />);
    expect(screen.queryByTestId('follow-ups')).toBeNull();
  });

  it('speaks Chinese, with full-width brackets', () => {
    const zh = {
      ...understood,
      summary: '回答：暴露程度：護理專業人員（ISCO-08 2221），讀自「護士」',
      clarify: { ...understood.clarify, fromText: '護士', options: [{ ...understood.clarify.options[0]!, label: '護理專業人員' }] },
    };
    const message = answer('a1', ['這個職業哪些任務的暴露程度最低？'], zh);
    renderChat(<MessageList messages={[question('q1', '護士的暴露程度？'), message]} streaming={false} onAsk={() => {}} />, {
      language: 'zh-TW',
    });
    expect(screen.getByTestId('clarify-choices')).toHaveTextContent('「護士」可能指多個職業');
    expect(screen.getByRole('button', { name: '護理專業人員（ISCO-08 2221）' })).toBeInTheDocument();
    expect(screen.getByTestId('follow-ups')).toHaveTextContent('您也可以問：');
  });
});
