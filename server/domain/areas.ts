/** The aggregate areas of the ILO modelled estimates: the world and the four World Bank income groups. */
export const INCOME_GROUPS = [
  { code: 'LIC', nameEn: 'Low income', nameZhTw: '低所得國家' },
  { code: 'LMC', nameEn: 'Lower-middle income', nameZhTw: '中低所得國家' },
  { code: 'UMC', nameEn: 'Upper-middle income', nameZhTw: '中高所得國家' },
  { code: 'HIC', nameEn: 'High income', nameZhTw: '高所得國家' },
] as const;
export type IncomeGroupCode = (typeof INCOME_GROUPS)[number]['code'];
/** The codes, lowest income first (as a tuple, so zod can take it as an enum). */
export const INCOME_GROUP_CODES = INCOME_GROUPS.map((group) => group.code) as [IncomeGroupCode, ...IncomeGroupCode[]];

export const WORLD = { code: 'WORLD', nameEn: 'World', nameZhTw: '全球' } as const;

/** The regions of the ILO's own published figures (WP140 regional estimates). */
export const ILO_REGIONS = ['Europe and Central Asia', 'Americas', 'Asia and the Pacific', 'Africa'] as const;

/** ISCO-08 major groups as the employment data has them: 6 (agriculture) and 9 (elementary) come combined as "96". */
export const EMPLOYMENT_MAJOR_GROUPS = ['1', '2', '3', '4', '5', '7', '8', '96'] as const;
export type EmploymentMajorGroup = (typeof EMPLOYMENT_MAJOR_GROUPS)[number];

/** The ten ISCO-08 major groups, in code order (0 = armed forces occupations last, as ISCO lists it). */
export const ISCO_MAJOR_GROUPS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
