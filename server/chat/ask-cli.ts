/** `npm run ask -- "question"`: the chat pipeline from the terminal, with the answer's citations. */
import { type Config, type ConfigError, loadConfig } from '../config.ts';
import { DataDirLockedError, serverUrlOf } from '../db/data-dir-lock.ts';
import type { Db } from '../db/db.ts';
import { openDatabase } from '../db/open-database.ts';
import { createLogger } from '../logger.ts';
import { languageOfText } from '../retrieval/hybrid-search.ts';
import { createServices, prepareKnowledge } from '../start.ts';
import { understandConversation } from '../understanding/understand-conversation.ts';
import { answerTurn } from './turn.ts';

const question = process.argv.slice(2).join(' ').trim();
if (!question) {
  console.error('Usage: npm run ask -- "How exposed are bookkeepers?"');
  process.exit(2);
}
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as ConfigError).message);
  process.exit(1);
}
const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
let db: Db;
try {
  db = await openDatabase(config);
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error;
  console.error(whileLocked(error));
  process.exit(2);
}

/** What to do when another process has DATA_DIR: with a server there, ask the server. */
function whileLocked(error: DataDirLockedError): string {
  const server = serverUrlOf(error.holder);
  if (!server) return error.message;
  const body = JSON.stringify({ question }).replaceAll("'", "'\\''");
  return [
    `A server (pid ${error.holder.pid}) is running on DATA_DIR ${error.dataDir}, and only one process may open a data directory. ` +
      'Ask that server instead:',
    `  curl -s ${server}/api/ask -H 'content-type: application/json' -d '${body}'`,
    'or stop it first, or give npm run ask a DATA_DIR of its own (the first run there builds its database, about 10 s).',
  ].join('\n');
}
try {
  const { tools, models, kb } = await createServices(await prepareKnowledge(db, config, logger), config, logger);
  const language = languageOfText(question);
  const outcome = await answerTurn({
    tools,
    understanding: understandConversation(question, [], language, await (await kb.catalog()).understanding),
    models,
    messages: [{ role: 'user', content: question }],
    question,
    language,
    repair: config.GROUNDING_REPAIR === 'on',
    maxOutputTokens: config.MODEL_MAX_OUTPUT_TOKENS,
  });
  console.log(`\n${outcome.understood.summary}\n\n${outcome.answer}\n`);
  if (outcome.notice) console.log(`Note: ${outcome.notice}\n`);
  if (outcome.followUps.length > 0)
    console.log(`${language === 'zh-TW' ? '您也可以問' : 'You could also ask'}: ${outcome.followUps.join(' · ')}\n`);
  for (const citation of outcome.citations)
    console.log(`[${citation.n}] ${citation.title} — ${citation.locator}${citation.url ? ` <${citation.url}>` : ''}`);
  const { numbers, verified, unverified } = outcome.grounding;
  const unverifiedNote = unverified.length > 0 ? `; unverified: ${unverified.join(', ')}` : '';
  console.log(`\nGrounding: ${verified}/${numbers} numbers verified${unverifiedNote} · model ${outcome.model}`);
} finally {
  await db.close();
}
