/**
 * When a source row deserves a warning rather than silent use. The ILO modelled estimates are model output
 * for many economies; a few of their rows are implausible, and tiny economies make estimates noisy.
 */

/**
 * Economies with fewer workers than this (thousands) are marked as small: Macao, Djibouti, the Channel
 * Islands or Luxembourg top a ranking because a few occupations weigh heavily in a small workforce.
 */
export const SMALL_AREA_THOUSANDS = 500;

/**
 * A major group with less than this share of an economy's employment (percent) is implausible: every
 * economy has craft workers, professionals and technicians in some number (Taiwan's craft workers read
 * 0.02% in the 2024 modelled estimates, against about a tenth in its own labour force survey).
 */
export const IMPLAUSIBLE_GROUP_PERCENT = 0.2;
