import { tool } from 'ai';
import { z } from 'zod';
import { countryName } from '../data/country-views.ts';
import { ESTIMATE_LABEL, estimateMethodSummary, estimateRef } from '../data/estimate-views.ts';
import { INCOME_GROUP_CODES } from '../domain/areas.ts';
import { ESTIMATE_MEASURES } from '../domain/country-estimate.ts';
import { SEX_CODES, SEXES } from '../domain/sex.ts';
import { languageInput, measureInput, type ToolDeps } from './tool-deps.ts';

export const createRankCountriesTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      "Rank countries by this project's ESTIMATE of the share of employment in exposed occupations (measure: wp140_exposed = " +
      'gradients 1-4, wp140_gradient_4, wp96_automation, wp96_augmentation), by sex, optionally within one income group (HIC, UMC, ' +
      'LMC, LIC) or World Bank region. These are estimates, not ILO figures: always say so and give the validation error.',
    inputSchema: z.object({
      measure: measureInput,
      sex: z.enum(SEXES).default('total'),
      order: z.enum(['desc', 'asc']).default('desc'),
      limit: z.number().int().min(1).max(50).default(10),
      incomeGroup: z.enum(INCOME_GROUP_CODES).optional(),
      region: z.string().max(80).optional().describe('World Bank region, e.g. "Sub-Saharan Africa", "Europe & Central Asia"'),
      language: languageInput,
    }),
    execute: async ({ measure, sex, order, limit, incomeGroup, region, language = 'en' }) => {
      const catalog = await kb.catalog();
      const ranked = [...catalog.countries.values()]
        .filter(
          (country) =>
            (!incomeGroup || country.incomeGroup === incomeGroup) && (!region || country.region?.toLowerCase() === region.toLowerCase()),
        )
        .map((country) => ({ country, value: catalog.estimates.byArea.get(country.iso3)?.get(SEX_CODES[sex])?.get(measure) }))
        .filter((entry): entry is { country: typeof entry.country; value: NonNullable<typeof entry.value> } => entry.value !== undefined)
        .sort(
          (a, b) =>
            (order === 'desc' ? b.value.sharePercent - a.value.sharePercent : a.value.sharePercent - b.value.sharePercent) ||
            a.country.iso3.localeCompare(b.country.iso3),
        );
      const items = ranked.slice(0, limit).map(({ country, value }, index) => ({
        rank: index + 1,
        iso3: country.iso3,
        name: countryName(country, language),
        incomeGroup: country.incomeGroup,
        sharePercent: value.sharePercent,
        exposedThousands: value.exposedThousands,
      }));
      return {
        data: {
          kind: 'estimate' as const,
          label: ESTIMATE_LABEL[language],
          measure,
          measureLabel: ESTIMATE_MEASURES[measure].label,
          sex,
          order,
          incomeGroup: incomeGroup ?? null,
          region: region ?? null,
          countriesRanked: ranked.length,
          items,
          ...estimateMethodSummary(catalog),
        },
        sources: [estimateRef(catalog, 'countries', 'Countries')],
      };
    },
  });
