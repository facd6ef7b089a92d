/**
 * A rehype plugin that runs after rehype-sanitize: it turns citation markers [n] into
 * <sup data-cite="n">, the figures the grounding check could not verify into <mark data-unverified>, and
 * the ILO's English task statements and other English quotations in an answer in another language into
 * <span lang="en">.
 * Because it runs after sanitizing, the model cannot forge these elements (sanitize drops data-*
 * attributes from anything the text itself produced, and raw HTML never becomes elements at all).
 */
import { QUOTED_ENGLISH } from '../shared/english-quotes.tsx';

interface TextNode {
  type: 'text';
  value: string;
}
interface ElementNode {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Node[];
}
type Node = TextNode | ElementNode | { type: string; children?: Node[]; value?: string };
type Marker = (match: RegExpMatchArray) => Node[];

const text = (value: string): TextNode => ({ type: 'text', value });
const english = (value: string): ElementNode => ({ type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [text(value)] });

const SKIP = new Set(['code', 'pre', 'a', 'script', 'style']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const alternatives = (texts: readonly string[]) =>
  [...new Set(texts.map((text) => text.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map(escapeRegExp);

/**
 * One pattern: a citation marker, any unverified figure standing alone (not inside a longer number), or an
 * English quotation (a task statement, as answers quote it: without its closing full stop or semicolon).
 */
function answerMarksPattern(unverified: readonly string[], english: readonly string[] = []): RegExp {
  const figures = alternatives(unverified);
  const figure = figures.length ? `|(?<![\\d.,０-９])(?<figure>${figures.join('|')})(?![\\d０-９]|[.,]\\d)` : '';
  const quotes = alternatives(english.map((text) => text.replace(/[;.]\s*$/, '')));
  const quote = quotes.length ? `|(?<quote>${quotes.join('|')})` : '';
  return new RegExp(`\\[(?<cite>\\d{1,3})\\]${figure}${quote}`, 'g');
}

const markAnswer: Marker = (match) => {
  if (match.groups?.cite !== undefined)
    return [{ type: 'element', tagName: 'sup', properties: { dataCite: match.groups.cite }, children: [text(match[0])] }];
  if (match.groups?.quote !== undefined) return [english(match[0])];
  return [{ type: 'element', tagName: 'mark', properties: { dataUnverified: 'true' }, children: [text(match[0])] }];
};

/** The quotation marks stay Chinese; what they hold is English. */
const markQuotation: Marker = (match) => [text(match.groups!.open!), english(match.groups!.quoted!), text(match.groups!.close!)];

function split(value: string, pattern: RegExp, mark: Marker): Node[] | null {
  pattern.lastIndex = 0;
  const nodes: Node[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) nodes.push(text(value.slice(last, start)));
    nodes.push(...mark(match));
    last = start + match[0].length;
  }
  if (nodes.length === 0) return null;
  if (last < value.length) nodes.push(text(value.slice(last)));
  return nodes;
}

function walk(node: Node, pattern: RegExp, mark: Marker): void {
  if (!('children' in node) || !node.children) return;
  const children: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && typeof child.value === 'string') {
      children.push(...(split(child.value, pattern, mark) ?? [child]));
      continue;
    }
    if (child.type === 'element' && SKIP.has((child as ElementNode).tagName)) {
      children.push(child);
      continue;
    }
    walk(child, pattern, mark);
    children.push(child);
  }
  node.children = children;
}

export function rehypeAnswerMarks(options: { unverified?: readonly string[]; english?: readonly string[]; quotations?: boolean } = {}) {
  const pattern = answerMarksPattern(options.unverified ?? [], options.english ?? []);
  return (tree: Node) => {
    // Quotations first: the citation markers and figures they hold are then marked inside them.
    if (options.quotations) walk(tree, QUOTED_ENGLISH, markQuotation);
    walk(tree, pattern, markAnswer);
  };
}
