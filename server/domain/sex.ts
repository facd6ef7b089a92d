/** Figures by sex: the API's words, and the one-letter codes of the ILO employment data and estimates. */
export const SEXES = ['total', 'women', 'men'] as const;
export type Sex = (typeof SEXES)[number];

export const SEX_CODES = { total: 'T', women: 'F', men: 'M' } as const satisfies Record<Sex, string>;
export type SexCode = (typeof SEX_CODES)[Sex];

export const SEX_OF_CODE = { T: 'total', F: 'women', M: 'men' } as const satisfies Record<SexCode, Sex>;
