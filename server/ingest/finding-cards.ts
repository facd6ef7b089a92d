/** Findings cards: Markdown files with YAML front matter, one citable unit each (knowledge/findings). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SOURCE_CLASSES } from '../domain/source-ref.ts';
import { KnowledgeFileError } from './knowledge-error.ts';

const TOPICS = [
  'method',
  'results',
  'policy',
  'caveat',
  'definition',
  'wp96',
  'wp140',
  'women',
  'income-groups',
  'clerical',
  'tasks',
  'occupations',
  'countries',
  'regions',
  'comparison',
  'survey',
  'skills',
  'social-dialogue',
  'social-protection',
  'care-economy',
  'platform-work',
  'digital-divide',
  'data',
  'employment',
  'job-quality',
  'productivity',
  'sectors',
] as const;

const frontMatter = z.object({
  id: z.string().regex(/^[a-z0-9-]+(\.zh-TW)?$/, 'must be kebab-case, with ".zh-TW" for translations'),
  title: z.string().min(3),
  topics: z.array(z.enum(TOPICS)).min(1),
  source: z.string(),
  locator: z.string().min(3),
  sourceClass: z.enum(SOURCE_CLASSES),
  language: z.enum(['en', 'zh-TW']),
  translationOf: z.string().optional(),
});

export type FindingCard = z.infer<typeof frontMatter> & { body: string; chunks: string[] };

export async function readFindingCards(dir: string, sourceIds: ReadonlySet<string>): Promise<FindingCard[]> {
  // Imported here, not at the top: the splitter is only needed at ingest and costs a third of a second to load.
  const { RecursiveCharacterTextSplitter } = await import('@langchain/textsplitters');
  // Cards are 40-200 words; only the longest are split, so a chunk stays one coherent claim.
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: 900,
    chunkOverlap: 120,
    separators: ['\n\n', '\n', '。', '. ', '；', '; ', '，', ', ', ' ', ''],
  });
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort();
  const cards: FindingCard[] = [];
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
    if (!match) throw new KnowledgeFileError(`findings/${file}`, undefined, 'missing YAML front matter between --- lines');
    let meta: unknown;
    try {
      meta = parseYaml(match[1]!);
    } catch (error) {
      throw new KnowledgeFileError(`findings/${file}`, undefined, `front matter is not valid YAML (${(error as Error).message})`);
    }
    const parsed = frontMatter.safeParse(meta);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new KnowledgeFileError(`findings/${file}`, undefined, `front matter ${issue.path.join('.')}: ${issue.message}`);
    }
    const card = parsed.data;
    const expectedFile = `${card.id}.md`;
    if (file !== expectedFile)
      throw new KnowledgeFileError(`findings/${file}`, undefined, `id ${card.id} does not match the file name (expected ${expectedFile})`);
    if (card.language === 'zh-TW' && (!card.id.endsWith('.zh-TW') || !card.translationOf)) {
      throw new KnowledgeFileError(`findings/${file}`, undefined, 'a zh-TW card needs an id ending in .zh-TW and translationOf');
    }
    if (!sourceIds.has(card.source)) throw new KnowledgeFileError(`findings/${file}`, undefined, `unknown source id ${card.source}`);
    const body = match[2]!.trim();
    if (!body) throw new KnowledgeFileError(`findings/${file}`, undefined, 'empty body');
    cards.push({ ...card, body, chunks: await splitter.splitText(body) });
  }
  const ids = new Set(cards.map((card) => card.id));
  for (const card of cards) {
    if (card.translationOf && !ids.has(card.translationOf)) {
      throw new KnowledgeFileError(`findings/${card.id}.md`, undefined, `translationOf ${card.translationOf} is not a card`);
    }
  }
  return cards;
}
