/** Occupations found by what their tasks say: each with its 2025 gradient and the tasks that matched. */
import type { Language } from '../../domain/language.ts';
import { join, score, taskText } from './compose-subjects.ts';
import { phrase } from './phrases.ts';
import { cite, type OutputOf } from './tool-outcomes.ts';

/** The best matching tasks of each occupation; the chat's table and the API give them all. */
const TASKS_SHOWN = 3;

export function taskMatchesBlock(result: OutputOf<'searchTasks'>, language: Language): string {
  const { data } = result;
  if (data.items.length === 0) return phrase(language, 'taskMatchesNone', { query: data.query });
  const occupations = data.items.map((item, index) => {
    const level = item.wp140 ? `, ${phrase(language, 'taskMatchLevel', { label: item.wp140.label, mean: score(item.wp140.mean) })}` : '';
    const tasks = item.tasks.slice(0, TASKS_SHOWN).map((task) => {
      const before = task.score2023 === null ? '' : ` (${score(task.score2023)})`;
      return `   - ${taskText(task.text)} — ${score(task.score2025)}${before}`;
    });
    return [`${index + 1}. **${item.title}** (ISCO-08 ${item.code})${level} ${cite(result, `occupation:${item.code}`)}`, ...tasks].join(
      '\n',
    );
  });
  return join(phrase(language, 'taskMatchesIntro', { query: data.query }), occupations.join('\n'), phrase(language, 'taskMatchesNote'));
}
