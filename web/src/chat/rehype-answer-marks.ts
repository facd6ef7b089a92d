/**
 * A rehype plugin that runs after rehype-sanitize: it turns citation markers [n] into
 * <sup data-cite="n">, the figures the grounding check could not verify into <mark data-unverified>, and
 * the ILO's English task statements quoted in an answer in another language into <span lang="en">.
 * Because it runs after sanitizing, the model cannot forge these elements (sanitize drops data-*
 * attributes from anything the text itself produced, and raw HTML never becomes elements at all).
 */
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

function split(value: string, pattern: RegExp): Node[] | null {
  pattern.lastIndex = 0;
  const nodes: Node[] = [];
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) nodes.push({ type: 'text', value: value.slice(last, start) });
    if (match.groups?.cite !== undefined)
      nodes.push({
        type: 'element',
        tagName: 'sup',
        properties: { dataCite: match.groups.cite },
        children: [{ type: 'text', value: match[0] }],
      });
    else if (match.groups?.quote !== undefined)
      nodes.push({ type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [{ type: 'text', value: match[0] }] });
    else
      nodes.push({
        type: 'element',
        tagName: 'mark',
        properties: { dataUnverified: 'true' },
        children: [{ type: 'text', value: match[0] }],
      });
    last = start + match[0].length;
  }
  if (nodes.length === 0) return null;
  if (last < value.length) nodes.push({ type: 'text', value: value.slice(last) });
  return nodes;
}

function walk(node: Node, pattern: RegExp): void {
  if (!('children' in node) || !node.children) return;
  const children: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'text' && typeof child.value === 'string') {
      children.push(...(split(child.value, pattern) ?? [child]));
      continue;
    }
    if (child.type === 'element' && SKIP.has((child as ElementNode).tagName)) {
      children.push(child);
      continue;
    }
    walk(child, pattern);
    children.push(child);
  }
  node.children = children;
}

export function rehypeAnswerMarks(options: { unverified?: readonly string[]; english?: readonly string[] } = {}) {
  const pattern = answerMarksPattern(options.unverified ?? [], options.english ?? []);
  return (tree: Node) => walk(tree, pattern);
}
