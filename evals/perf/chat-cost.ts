/**
 * In process: what one answer costs through /api/chat (the stream read to its end) against the same answer
 * through /api/ask: without history, with a client-sent history, saving a new conversation, and continuing a
 * saved one. Each chat variant is compared with /api/ask answering the same question from the same earlier
 * messages (a follow-up is read in its context, so it is a different answer, and costs more, on both
 * endpoints), and also with a plain /api/ask question. Cost is the CPU time this process spends per answer (the
 * embedded database runs in process too), which other load on the machine disturbs far less than wall time.
 * The variants take turns round by round (each round is the whole question mix) and the median round is
 * reported, so a burst of load from elsewhere falls on all of them alike.
 */
import type { App } from '../../server/app.ts';
import { QUESTION_MIX } from './question-mix.ts';

export interface ChatCost {
  variant: string;
  cpuMsPerAnswer: number;
  wallMsPerAnswer: number;
  /** The same question from the same earlier messages through /api/ask. */
  askCpuMsPerAnswer: number;
  /** Against that /api/ask answer (the target: at most 2). */
  vsAsk: number;
  /** Against a plain /api/ask question without history. */
  vsPlainAsk: number;
}

interface Cost {
  cpuMs: number;
  wallMs: number;
}

type Send = (question: string, index: number, round: number) => Promise<unknown>;
type Turn = { role: 'user' | 'assistant'; content: string };

const round2 = (value: number) => Math.round(value * 100) / 100;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const WARM_UP_ROUNDS = 3;
/** Turns per saved conversation in the "continuing" variant, so each has up to 18 earlier messages stored. */
const TURNS_PER_CONVERSATION = 10;
/** What the server reads of a saved conversation (server/api/chat-routes.ts: MODEL_CONTEXT_MESSAGES, less the question). */
const STORED_CONTEXT = 11;
const json = { 'content-type': 'application/json' };
const textMessage = (id: string, turn: Turn) => ({ id, role: turn.role, parts: [{ type: 'text', text: turn.content }] });

export async function measureChatCost(app: App): Promise<{ plainAsk: Cost; costs: ChatCost[] }> {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
    (await app.request(path, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) })).text();
  const ask = async (question: string, history: Turn[] = []) =>
    (JSON.parse(await post('/api/ask', { question, history })) as { answer: string }).answer;
  // A realistic earlier exchange: three turns of questions and the local model's real answers.
  const earlier = QUESTION_MIX.slice(0, 3);
  const answers = await Promise.all(earlier.map((question) => ask(question)));
  const history: Turn[] = earlier.flatMap((question, i) => [
    { role: 'user' as const, content: question },
    { role: 'assistant' as const, content: answers[i]! },
  ]);
  // The continuing conversations as the server stores them, kept alongside by /api/ask asking the same questions.
  const transcripts = new Map<string, Turn[]>();
  const conversation = (index: number, round: number) => `bench-saved-${index}-${Math.floor(round / TURNS_PER_CONVERSATION)}`;

  const plain: Send = (question) => post('/api/ask', { question });
  const variants: { label: string; chat: Send; ask: Send }[] = [
    {
      label: '/api/chat, no history, not saved',
      chat: (question) => post('/api/chat', { messages: [textMessage('q', { role: 'user', content: question })] }),
      ask: plain,
    },
    {
      label: '/api/chat, 6 earlier messages sent, not saved',
      chat: (question) =>
        post('/api/chat', {
          messages: [...history.map((turn, i) => textMessage(`h${i}`, turn)), textMessage('q', { role: 'user', content: question })],
        }),
      ask: (question) => ask(question, history),
    },
    {
      label: '/api/chat, saved as a new conversation',
      chat: (question, index, round) =>
        post(
          '/api/chat',
          { id: `bench-new-${round}-${index}`, messages: [textMessage('q', { role: 'user', content: question })] },
          { 'x-client-id': `bench-new-${index}-client` },
        ),
      ask: plain,
    },
    {
      label: '/api/chat, continuing a saved conversation',
      chat: (question, index, round) =>
        post(
          '/api/chat',
          { id: conversation(index, round), messages: [textMessage(`q${round}`, { role: 'user', content: question })] },
          { 'x-client-id': `bench-saved-${index}-client` },
        ),
      ask: async (question, index, round) => {
        const transcript = transcripts.get(conversation(index, round)) ?? [];
        const answer = await ask(question, transcript.slice(-STORED_CONTEXT));
        transcripts.set(conversation(index, round), [
          ...transcript,
          { role: 'user', content: question },
          { role: 'assistant', content: answer },
        ]);
      },
    },
  ];

  // Per round: CPU and wall ms per answer of the plain /api/ask question and of each variant's chat and ask.
  const rounds = { plain: [] as Cost[], chat: variants.map(() => [] as Cost[]), ask: variants.map(() => [] as Cost[]) };
  const measure = async (send: Send, round: number, into: Cost[]) => {
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const [index, question] of QUESTION_MIX.entries()) await send(question, index, round + WARM_UP_ROUNDS);
    const used = process.cpuUsage(cpu);
    if (round >= 0)
      into.push({
        cpuMs: (used.user + used.system) / 1000 / QUESTION_MIX.length,
        wallMs: (performance.now() - started) / QUESTION_MIX.length,
      });
  };
  for (let round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
    await measure(plain, round, rounds.plain);
    for (const [v, variant] of variants.entries()) {
      await measure(variant.chat, round, rounds.chat[v]!);
      if (variant.ask !== plain) await measure(variant.ask, round, rounds.ask[v]!);
    }
  }
  const typical = (costs: Cost[]): Cost => ({
    cpuMs: median(costs.map((cost) => cost.cpuMs)),
    wallMs: median(costs.map((cost) => cost.wallMs)),
  });
  const plainAsk = typical(rounds.plain);
  return {
    plainAsk: { cpuMs: round2(plainAsk.cpuMs), wallMs: round2(plainAsk.wallMs) },
    costs: variants.map((variant, v) => {
      const chat = typical(rounds.chat[v]!);
      const same = variant.ask === plain ? plainAsk : typical(rounds.ask[v]!);
      return {
        variant: variant.label,
        cpuMsPerAnswer: round2(chat.cpuMs),
        wallMsPerAnswer: round2(chat.wallMs),
        askCpuMsPerAnswer: round2(same.cpuMs),
        vsAsk: round2(chat.cpuMs / same.cpuMs),
        vsPlainAsk: round2(chat.cpuMs / plainAsk.cpuMs),
      };
    }),
  };
}
