/**
 * In process: what one answer costs through /api/ask and through /api/chat (the stream read to its end),
 * the chat measured without history, with a client-sent history, saving a new conversation, and
 * continuing a saved one. Cost is the CPU time this process spends per answer (the database is in
 * process too), which other load on the machine disturbs far less than wall time; each variant's cost
 * is reported against /api/ask's.
 */
import type { App } from '../../server/app.ts';
import { QUESTION_MIX } from './question-mix.ts';

export interface ChatCost {
  variant: string;
  cpuMsPerAnswer: number;
  wallMsPerAnswer: number;
  vsAsk: number;
}

interface Cost {
  cpuMs: number;
  wallMs: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const json = { 'content-type': 'application/json' };
const user = (id: string, text: string) => ({ id, role: 'user', parts: [{ type: 'text', text }] });
const assistant = (id: string, text: string) => ({ id, role: 'assistant', parts: [{ type: 'text', text }] });

/** CPU and wall ms per request of `send` over ROUNDS rounds of the question mix (after warm-up rounds). */
async function costPerAnswer(send: (question: string, index: number, round: number) => Promise<unknown>): Promise<Cost> {
  for (let round = -3; round < 0; round++) for (const [index, question] of QUESTION_MIX.entries()) await send(question, index, round);
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, question] of QUESTION_MIX.entries()) await send(question, index, round);
  }
  const used = process.cpuUsage(cpu);
  const answers = ROUNDS * QUESTION_MIX.length;
  return { cpuMs: (used.user + used.system) / 1000 / answers, wallMs: (performance.now() - started) / answers };
}

export async function measureChatCost(app: App): Promise<{ ask: { cpuMsPerAnswer: number; wallMsPerAnswer: number }; costs: ChatCost[] }> {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
    (await app.request(path, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) })).text();
  // A realistic earlier exchange: three turns of questions and the local model's real answers.
  const earlier = QUESTION_MIX.slice(0, 3);
  const answers = await Promise.all(
    earlier.map(async (question) => (JSON.parse(await post('/api/ask', { question })) as { answer: string }).answer),
  );
  const history = earlier.flatMap((question, i) => [user(`h${i}`, question), assistant(`a${i}`, answers[i]!)]);

  const ask = await costPerAnswer((question) => post('/api/ask', { question }));
  const variants: [string, (question: string, index: number, round: number) => Promise<unknown>][] = [
    ['/api/chat, no history, not saved', (question) => post('/api/chat', { messages: [user('q', question)] })],
    ['/api/chat, 6 earlier messages sent, not saved', (question) => post('/api/chat', { messages: [...history, user('q', question)] })],
    [
      '/api/chat, saved as a new conversation',
      (question, index, round) =>
        post(
          '/api/chat',
          { id: `bench-new-${round + 3}-${index}`, messages: [user('q', question)] },
          { 'x-client-id': `bench-new-${index}-client` },
        ),
    ],
    [
      '/api/chat, continuing a saved conversation',
      (question, index, round) =>
        post(
          '/api/chat',
          { id: `bench-saved-${index}-${Math.floor((round + 3) / 10)}`, messages: [user(`q${round}`, question)] },
          { 'x-client-id': `bench-saved-${index}-client` },
        ),
    ],
  ];
  const costs: ChatCost[] = [];
  for (const [variant, send] of variants) {
    const cost = await costPerAnswer(send);
    costs.push({
      variant,
      cpuMsPerAnswer: round2(cost.cpuMs),
      wallMsPerAnswer: round2(cost.wallMs),
      vsAsk: round2(cost.cpuMs / ask.cpuMs),
    });
  }
  return { ask: { cpuMsPerAnswer: round2(ask.cpuMs), wallMsPerAnswer: round2(ask.wallMs) }, costs };
}
