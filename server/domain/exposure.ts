/**
 * The two ILO exposure classifications and the rules that reproduce them from an occupation's
 * task-score mean and standard deviation (knowledge: ../shared/references/classification-rules.md).
 * The rules were derived by this project from the ILO data file and are tested against its labels.
 */

export const WP96_CATEGORIES = ['automation', 'augmentation', 'big_unknown', 'not_affected'] as const;
export type Wp96Category = (typeof WP96_CATEGORIES)[number];

export const WP140_EXPOSURES = ['gradient_4', 'gradient_3', 'gradient_2', 'gradient_1', 'minimal', 'not_exposed'] as const;
export type Wp140Exposure = (typeof WP140_EXPOSURES)[number];

/** The 2025 gradients that count as exposed (gradients 1-4). */
export const WP140_EXPOSED: readonly Wp140Exposure[] = ['gradient_4', 'gradient_3', 'gradient_2', 'gradient_1'];

/** Labels exactly as they appear in the ILO score file (potential23 / potential25 columns). */
export const WP96_SOURCE_LABELS: Record<string, Wp96Category> = {
  'Automation Potential': 'automation',
  'Augmentation Potential': 'augmentation',
  'The Big Unknown': 'big_unknown',
  'Not affected': 'not_affected',
};
export const WP140_SOURCE_LABELS: Record<string, Wp140Exposure> = {
  'Exposed: Gradient 4': 'gradient_4',
  'Exposed: Gradient 3': 'gradient_3',
  'Exposed: Gradient 2': 'gradient_2',
  'Exposed: Gradient 1': 'gradient_1',
  'Minimal Exposure': 'minimal',
  'Not Exposed': 'not_exposed',
};

// Plain double-precision arithmetic on the 2-decimal values, as the ILO's own labels evidently used:
// 0.36 + 0.04 and 0.29 + 0.11 evaluate to 0.39999999999999997, which is why the three boundary
// occupations 1213, 3134 and 3152 are "Not Exposed" in the file while 1311 (0.27 + 0.13 = 0.4) is
// "Minimal Exposure". Rounding the sums first would mislabel those three.

/** WP96 (2023) category from the 2-decimal mean and SD. */
export function classifyWp96(mean: number, sd: number): Wp96Category {
  if (mean >= 0.6 && mean - sd >= 0.5) return 'automation';
  if (mean < 0.4) return mean + sd > 0.5 ? 'augmentation' : 'not_affected';
  return 'big_unknown';
}

/** WP140 (2025) exposure gradient from the 2-decimal mean and SD. */
export function classifyWp140(mean: number, sd: number): Wp140Exposure {
  if (mean >= 0.6 && mean - sd >= 0.5) return 'gradient_4';
  if (mean + sd >= 0.5) {
    if (mean >= 0.5) return 'gradient_3';
    if (mean >= 0.4) return 'gradient_2';
    return 'gradient_1';
  }
  return mean + sd >= 0.4 ? 'minimal' : 'not_exposed';
}
