/**
 * The ILO's task statements in this answer's tool results: the one text answers quote in English whatever
 * their language, so that a Chinese answer can mark them lang="en" (read aloud and hyphenated as English).
 */
import type { ToolCall } from './message-parts.ts';

const TASK_LISTS = new Set(['tasks', 'topTasks']);

function collect(value: unknown, found: Set<string>, depth = 0): void {
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found, depth + 1);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (TASK_LISTS.has(key) && Array.isArray(child)) {
      for (const task of child) if (typeof (task as { text?: unknown })?.text === 'string') found.add((task as { text: string }).text);
    } else collect(child, found, depth + 1);
  }
}

export function quotedTaskStatements(calls: readonly ToolCall[]): string[] {
  const found = new Set<string>();
  for (const call of calls) collect(call.data, found);
  return [...found].filter((text) => text.length >= 12);
}
