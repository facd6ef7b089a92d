import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { classifyWp96, classifyWp140 } from '../../server/domain/exposure.ts';
import { KNOWLEDGE_DIR } from '../../server/paths.ts';

const rows: Record<string, string>[] = parse(readFileSync(join(KNOWLEDGE_DIR, 'data/occupations.csv'), 'utf8'), { columns: true });
const scored = rows.filter((row) => row.scored === 'true');

describe('classification rules reproduce the ILO labels', () => {
  it('covers the 427 scored unit groups', () => {
    expect(scored).toHaveLength(427);
  });

  it('WP96 (2023) categories match for every scored group', () => {
    const mismatches = scored.filter((row) => classifyWp96(Number(row.wp96_mean), Number(row.wp96_sd)) !== row.wp96_category);
    expect(mismatches.map((row) => row.isco08_code)).toEqual([]);
  });

  it('WP140 (2025) gradients match for every scored group', () => {
    const mismatches = scored.filter((row) => classifyWp140(Number(row.wp140_mean), Number(row.wp140_sd)) !== row.wp140_exposure);
    expect(mismatches.map((row) => row.isco08_code)).toEqual([]);
  });

  it('labels the three boundary cases (mean + SD exactly 0.40) Not exposed, as the ILO file does', () => {
    for (const code of ['1213', '3134', '3152']) {
      const row = scored.find((candidate) => candidate.isco08_code === code)!;
      expect(row.wp140_exposure).toBe('not_exposed');
      expect(classifyWp140(Number(row.wp140_mean), Number(row.wp140_sd))).toBe('not_exposed');
    }
    // ...while 1311 (0.27 + 0.13) lands on 0.40 exactly in floating point and is Minimal exposure.
    expect(classifyWp140(0.27, 0.13)).toBe('minimal');
  });

  it('distributes the groups as the ILO labels do', () => {
    const count = (key: 'wp96_category' | 'wp140_exposure') =>
      Object.fromEntries(
        [...new Set(scored.map((row) => row[key]))].map((label) => [label, scored.filter((row) => row[key] === label).length]),
      );
    expect(count('wp96_category')).toEqual({ not_affected: 262, augmentation: 63, big_unknown: 82, automation: 20 });
    expect(count('wp140_exposure')).toEqual({
      not_exposed: 231,
      minimal: 84,
      gradient_1: 17,
      gradient_2: 44,
      gradient_3: 38,
      gradient_4: 13,
    });
  });

  it('handles the thresholds at their edges', () => {
    expect(classifyWp140(0.6, 0.1)).toBe('gradient_4');
    expect(classifyWp140(0.6, 0.11)).toBe('gradient_3');
    expect(classifyWp140(0.45, 0.05)).toBe('gradient_2');
    expect(classifyWp140(0.3, 0.2)).toBe('gradient_1');
    expect(classifyWp96(0.35, 0.15)).toBe('not_affected');
    expect(classifyWp96(0.35, 0.16)).toBe('augmentation');
    expect(classifyWp96(0.45, 0.3)).toBe('big_unknown');
  });
});
