// ISCO-08 groups, the 436 unit groups with their ILO scores, the 3,266 tasks and the ESCO job labels.
import { join } from 'node:path';
import { WP96_SOURCE_LABELS, WP140_SOURCE_LABELS } from '../../server/domain/exposure.ts';
import { type Row, readCsv } from './csv-files.ts';

export function buildIscoGroups(sharedDir: string): Row[] {
  const groups = new Map<string, Row>();
  const add = (code: string, parent: string, title: string) => {
    if (!groups.has(code)) groups.set(code, { code, level: String(code.length), parent_code: parent, title_en: title });
  };
  for (const row of readCsv(join(sharedDir, 'isco08_ilostat_structure_436.csv'))) {
    add(row.isco08_1d!, '', row.title_1d!);
    add(row.isco08_2d!, row.isco08_1d!, row.title_2d!);
    add(row.isco08_3d!, row.isco08_2d!, row.title_3d!);
    add(row.isco08_4d!, row.isco08_3d!, row.title_4d!);
  }
  return [...groups.values()].sort((a, b) => a.code!.localeCompare(b.code!));
}

export function buildOccupations(sharedDir: string, unitGroupCodes: string[]): Row[] {
  const scored = new Map(
    readCsv(join(sharedDir, 'ilo_genai_exposure_isco08_4digit_occupations_2023_2025.csv')).map((row) => [row.isco08_code!, row]),
  );
  return unitGroupCodes.map((code) => {
    const row = scored.get(code);
    if (!row) {
      return {
        isco08_code: code,
        scored: 'false',
        title_in_score_file: '',
        n_tasks: '0',
        wp96_mean: '',
        wp96_sd: '',
        wp96_category: '',
        wp140_mean: '',
        wp140_sd: '',
        wp140_exposure: '',
      };
    }
    const category = WP96_SOURCE_LABELS[row.category_2023_wp96!];
    const exposure = WP140_SOURCE_LABELS[row.gradient_2025_wp140!];
    if (!category || !exposure)
      throw new Error(`Unknown exposure label for ${code}: ${row.category_2023_wp96} / ${row.gradient_2025_wp140}`);
    return {
      isco08_code: code,
      scored: 'true',
      title_in_score_file: row.title!,
      n_tasks: row.n_tasks!,
      wp96_mean: row.mean_score_2023!,
      wp96_sd: row.sd_2023!,
      wp96_category: category,
      wp140_mean: row.mean_score_2025!,
      wp140_sd: row.sd_2025!,
      wp140_exposure: exposure,
    };
  });
}

export function buildTasks(sharedDir: string): Row[] {
  return readCsv(join(sharedDir, 'ilo_genai_exposure_isco08_tasks_scores_2023_2025.csv')).map((row) => ({
    isco08_code: row.isco08_code!,
    task_no: row.task_id!,
    // One task (7126/6) has the literal text "nan" in the source: a missing statement, not a task.
    task_text: row.task_text === 'nan' ? '' : row.task_text!.replace(/\s*\n\s*/g, ' ').trim(),
    score_2023: row.score_2023!,
    score_2025_gpt4o: row.predicted_score_2025_gpt4o!,
    score_2025_gemini: row.predicted_score_2025_gemini!,
    score_2025: row.score_2025!,
    score_2025_source: row.score_2025_source!,
  }));
}

export function buildOccupationLabels(sharedDir: string): Row[] {
  const rows: Row[] = [];
  const seen = new Set<string>();
  for (const occupation of readCsv(join(sharedDir, 'esco_occupation_labels_isco08.csv'))) {
    const labels = [
      [occupation.esco_preferred_label!, 'esco_preferred'],
      ...occupation.esco_alt_labels!.split('|').map((label) => [label, 'esco_alternative']),
    ];
    for (const [label, kind] of labels) {
      const clean = label!.trim();
      const key = `${occupation.isco08_code}|${clean.toLowerCase()}`;
      if (!clean || seen.has(key)) continue;
      seen.add(key);
      rows.push({ isco08_code: occupation.isco08_code!, label: clean, label_kind: kind!, esco_uri: occupation.esco_uri! });
    }
  }
  return rows;
}
