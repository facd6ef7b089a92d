import { tool } from 'ai';
import { z } from 'zod';
import { countryName, isSmallArea } from '../data/country-views.ts';
import { dataLabel } from '../data/data-labels.ts';
import { ESTIMATE_LABEL, estimateMethodSummary, estimateRef } from '../data/estimate-views.ts';
import { INCOME_GROUP_CODES } from '../domain/areas.ts';
import { SMALL_AREA_THOUSANDS } from '../domain/data-quality.ts';
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
      excludeSmall: z
        .boolean()
        .default(false)
        .describe(
          `Leave out economies with fewer than ${SMALL_AREA_THOUSANDS} thousand workers ` +
            '(small territories top rankings on few occupations)',
        ),
      language: languageInput,
    }),
    execute: async ({ measure, sex, order, limit, incomeGroup, region, excludeSmall, language = 'en' }) => {
      const catalog = await kb.catalog();
      const ranked = [...catalog.countries.values()]
        .filter(
          (country) =>
            (!incomeGroup || country.incomeGroup === incomeGroup) &&
            (!region || country.region?.toLowerCase() === region.toLowerCase()) &&
            !(excludeSmall && isSmallArea(catalog, country.iso3)),
        )
        .map((country) => ({ country, value: catalog.estimates.byArea.get(country.iso3)?.get(SEX_CODES[sex])?.get(measure) }))
        .filter((entry): entry is { country: typeof entry.country; value: NonNullable<typeof entry.value> } => entry.value !== undefined)
        .sort(
          (a, b) =>
            (order === 'desc' ? b.value.sharePercent - a.value.sharePercent : a.value.sharePercent - b.value.sharePercent) ||
            a.country.iso3.localeCompare(b.country.iso3),
        );
      // Neighbours closer than the method's average error cannot be told apart; the ranking says so per country.
      const error = catalog.estimates.selected.meanAbsoluteErrorPp;
      const near = (index: number, other: number) =>
        ranked[other] !== undefined && Math.abs(ranked[index]!.value.sharePercent - ranked[other]!.value.sharePercent) < error;
      const items = ranked.slice(0, limit).map(({ country, value }, index) => ({
        rank: index + 1,
        iso3: country.iso3,
        name: countryName(country, language),
        incomeGroup: country.incomeGroup,
        smallArea: isSmallArea(catalog, country.iso3),
        sharePercent: value.sharePercent,
        exposedThousands: value.exposedThousands,
        withinErrorOfNeighbour: near(index, index - 1) || near(index, index + 1),
      }));
      return {
        data: {
          kind: 'estimate' as const,
          label: ESTIMATE_LABEL[language],
          measure,
          measureLabel: dataLabel(catalog, 'estimate_measure', measure, language),
          sex,
          order,
          incomeGroup: incomeGroup ?? null,
          region: region ?? null,
          excludeSmall,
          smallAreaThousands: SMALL_AREA_THOUSANDS,
          countriesRanked: ranked.length,
          items,
          ...estimateMethodSummary(catalog, language),
        },
        sources: [estimateRef(catalog, 'countries', 'Countries')],
      };
    },
  });
