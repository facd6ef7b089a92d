/** The one line every answer opens with: what was answered, what was read from where, which words went unused. */
import type { Language } from '../domain/language.ts';
import type { Understanding } from './understanding.ts';

const OPERATION_NAMES: Record<Understanding['operation'], { en: string; zh: string }> = {
  lookup: { en: 'exposure of', zh: '暴露程度：' },
  rank: { en: 'ranking', zh: '排名' },
  list: { en: 'count and list', zh: '計數與清單' },
  compare: { en: 'comparison of', zh: '比較：' },
  change: { en: 'change 2023 → 2025 for', zh: '2023 → 2025 的變化：' },
  share: { en: 'share of employment exposed for', zh: '暴露就業比重：' },
  explain: { en: 'explanation', zh: '說明' },
  advise: { en: 'policy advice', zh: '政策建議' },
  outlook: { en: 'outlook for', zh: '前景：' },
  verify: { en: 'checking a claim about', zh: '查核說法：' },
  find_tasks: { en: 'occupations whose tasks match the work described', zh: '工作任務與描述相符的職業' },
  out_of_scope: { en: 'outside this data', zh: '超出本資料範圍' },
  help: { en: 'what I can do', zh: '我能做什麼' },
};

export function describeUnderstanding(understanding: Understanding, language: Language): string {
  const zh = language === 'zh-TW';
  const subjects = understanding.subjects.map((subject) => {
    const code = subject.kind === 'occupation' ? (zh ? `（ISCO-08 ${subject.id}）` : ` (ISCO-08 ${subject.id})`) : '';
    const read =
      subject.fromText && subject.fromText.toLowerCase() !== subject.label.toLowerCase()
        ? zh
          ? `，讀自「${subject.fromText}」`
          : `, read from '${subject.fromText}'`
        : '';
    const carried = subject.fromContext ? (zh ? '（沿用上一題）' : ' (from the previous question)') : '';
    return `${subject.label}${code}${read}${carried}`;
  });
  const name = OPERATION_NAMES[understanding.operation];
  const listed = subjects.join(zh ? '、' : '; ');
  // A task search names the occupation group it searches within, not a subject it describes.
  // Chinese runs on without spaces: 「回答：暴露程度：護理專業人員（ISCO-08 2221）」.
  const named =
    subjects.length === 0
      ? ''
      : understanding.operation === 'find_tasks'
        ? zh
          ? `（範圍：${listed}）`
          : `, among ${listed}`
        : zh
          ? `${name.zh.endsWith('：') ? '' : '：'}${listed}`
          : ` ${listed}`;
  const parts = [`${zh ? '回答：' : 'Answering: '}${zh ? name.zh : name.en}${named}`];
  // A task search is made of the words that name nothing else: they are the work searched for, not unused.
  if (understanding.unused.length > 0 && understanding.operation !== 'find_tasks')
    parts.push(
      zh
        ? `未使用：${understanding.unused.map((word) => `「${word}」`).join('')}`
        : `not used: ${understanding.unused.map((word) => `'${word}'`).join(', ')}`,
    );
  return parts.join(' · ');
}
