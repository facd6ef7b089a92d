/** `npm run ask -- "question"`: the chat pipeline from the terminal, with the answer's citations. */
import { type Config, type ConfigError, loadConfig } from '../config.ts';
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
const db = await openDatabase(config);
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
