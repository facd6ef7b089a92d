/** Shapes of the sector routes, with the OpenAPI metadata the docs page shows. */
import { z } from '@hono/zod-openapi';
import { ESTIMATE_MEASURES, type EstimateMeasure } from '../domain/country-estimate.ts';
import { SECTIONS } from '../domain/sector-estimate.ts';
import { sourcesField } from './schemas.ts';

export const measureQuery = z
  .enum(Object.keys(ESTIMATE_MEASURES) as [EstimateMeasure, ...EstimateMeasure[]])
  .default('wp140_exposed')
  .openapi({
    description: 'wp140_exposed (gradients 1-4), wp140_gradient_4, wp96_automation or wp96_augmentation',
    example: 'wp140_exposed',
  });

export const areaQuery = z
  .string()
  .trim()
  .min(2, 'must be a country (ISO3 code or name) or a region (EU27, EUR)')
  .max(80)
  .openapi({ description: 'Country (ISO3 code or name) or region: EU27 (European Union), EUR (Europe, 33 countries)', example: 'DEU' });

export const naicsQuery = z
  .string()
  .regex(/^\d{2}(-\d{2})?$/, 'must be a NAICS sector code such as 52 or 44-45')
  .optional()
  .openapi({ description: 'United States only: one NAICS sector within the section, e.g. 44-45 (retail) in G' });

const areaSchema = z.object({ code: z.string(), name: z.string(), kind: z.enum(['country', 'region']) });
const naicsSchema = z
  .object({ code: z.string(), title: z.string(), match: z.enum(['close', 'approximate']), note: z.string().nullable() })
  .nullable();
const sectorSchema = z.object({ section: z.string(), title: z.string(), shortName: z.string(), naics: naicsSchema });
const sourceInfoSchema = z.object({ id: z.string(), year: z.number(), detail: z.enum(['major_group', 'occupation']) });
const measureValueSchema = z.object({
  measure: z.string(),
  study: z.string(),
  label: z.string(),
  sharePercent: z.number().nullable(),
  exposedThousands: z.number().nullable(),
});

const coverageSchema = z
  .object({
    employmentThousands: z.number().openapi({ description: 'Employment in the published cells or occupations' }),
    scoredThousands: z.number().openapi({ description: 'Of which in occupations with an ILO score (the base of the shares)' }),
    scoredPercent: z.number().nullable(),
    sourceTotalThousands: z.number().nullable().openapi({ description: "The sector's total as the source gives it (Philippines, US)" }),
    publishedPercent: z.number().nullable(),
    suppressedCells: z
      .number()
      .openapi({ description: 'Cells (major groups) or occupations whose employment the source does not publish' }),
    unreliableThousands: z.number().nullable().openapi({ description: 'Employment in cells Eurostat flags as of low reliability' }),
    unreliablePercent: z.number().nullable(),
    lowReliability: z.boolean().openapi({ description: 'A fifth or more of the employment is in cells of low reliability' }),
  })
  .openapi('SectorCoverage');

const caveatSchema = z.object({
  code: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).openapi({ description: 'The numbers and names in the text' }),
  text: z.string(),
});

const sectorMethodSchema = z
  .object({
    description: z.string(),
    unitGroupWeighting: z.string(),
    validation: z.array(
      z.object({
        measure: z.string(),
        reference: z.string(),
        referenceClass: z.enum(['primary', 'quoted', 'secondary', 'derived']),
        referencePercent: z.number(),
        sectorAggregatePercent: z.number(),
        errorPp: z.number(),
        note: z.string(),
      }),
    ),
  })
  .openapi('SectorMethod');

const sectorOccupationSchema = z.object({
  level: z.enum(['major_group', 'occupation']),
  code: z.string().openapi({ description: 'ISCO-08 major group, or OEWS (SOC 2018) occupation code' }),
  title: z.string(),
  employmentThousands: z.number(),
  scoredPercent: z.number(),
  sharePercent: z.number(),
  exposedThousands: z.number(),
  iscoMatches: z
    .array(z.object({ code: z.string(), title: z.string(), weightPercent: z.number(), wp140: z.string().nullable(), partial: z.boolean() }))
    .optional(),
  topTasks: z.array(z.object({ occupationCode: z.string(), taskNo: z.number(), text: z.string(), score2025: z.number() })),
});

const label = z.string().openapi({ example: "This project's estimate, not an ILO figure" });

export const sectorExposureSchema = z
  .object({
    kind: z.literal('sector_exposure'),
    label,
    area: areaSchema,
    sector: sectorSchema,
    source: sourceInfoSchema,
    measures: z.array(measureValueSchema),
    coverage: coverageSchema,
    components: z.array(z.object({ naics: naicsSchema, measures: z.array(measureValueSchema), coverage: coverageSchema })),
    driversMeasure: z.string(),
    drivers: z.array(sectorOccupationSchema),
    caveats: z.array(caveatSchema),
    method: sectorMethodSchema,
    sources: sourcesField,
  })
  .openapi('SectorExposure');

export const sectorRankingSchema = z
  .object({
    kind: z.literal('sector_ranking'),
    label,
    area: areaSchema,
    source: sourceInfoSchema,
    measure: z.string(),
    measureLabel: z.string(),
    order: z.enum(['desc', 'asc']),
    by: z.enum(['share', 'workers']),
    level: z.enum(['section', 'naics']),
    sectorsRanked: z.number(),
    allSectors: z.object({ sharePercent: z.number().nullable(), exposedThousands: z.number().nullable(), coverage: coverageSchema }),
    items: z.array(
      z.object({
        rank: z.number(),
        section: z.string(),
        title: z.string(),
        shortName: z.string(),
        naics: naicsSchema,
        sharePercent: z.number(),
        exposedThousands: z.number(),
        coverage: coverageSchema,
      }),
    ),
    caveats: z.array(caveatSchema),
    method: sectorMethodSchema,
    sources: sourcesField,
  })
  .openapi('SectorRanking');

export const sectorOccupationsSchema = z
  .object({
    kind: z.literal('sector_occupations'),
    label,
    area: areaSchema,
    sector: sectorSchema,
    source: sourceInfoSchema,
    measure: z.string(),
    measureLabel: z.string(),
    order: z.enum(['desc', 'asc']),
    by: z.enum(['share', 'workers']),
    level: z.enum(['major_group', 'occupation']),
    sectorEstimate: z.object({ sharePercent: z.number().nullable(), exposedThousands: z.number().nullable(), coverage: coverageSchema }),
    occupationsRanked: z.number(),
    items: z.array(sectorOccupationSchema.extend({ rank: z.number() })),
    caveats: z.array(caveatSchema),
    method: sectorMethodSchema,
    sources: sourcesField,
  })
  .openapi('SectorOccupations');

export const sectorMatrixSchema = z
  .object({
    label,
    region: z.object({ code: z.string(), name: z.string() }),
    measure: z.string(),
    measureLabel: z.string(),
    sections: z.array(z.object({ section: z.string(), title: z.string(), shortName: z.string() })),
    rows: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: z.enum(['country', 'region']),
        cells: z.record(z.enum(SECTIONS), z.number().nullable()),
        allSectors: z.number().nullable(),
      }),
    ),
    method: sectorMethodSchema,
    sources: sourcesField,
  })
  .openapi('SectorMatrix');

export const sectorListSchema = z
  .object({
    items: z.array(
      z.object({
        section: z.string(),
        title: z.string(),
        shortName: z.string(),
        titleEn: z.string(),
        titleZhTw: z.string(),
        aliases: z.array(z.object({ alias: z.string(), language: z.enum(['en', 'zh-TW']), risky: z.boolean() })),
        naics: z.array(naicsSchema.unwrap()),
      }),
    ),
    areas: z.array(
      z.object({ code: z.string(), name: z.string(), kind: z.enum(['country', 'region']), source: z.string(), year: z.number() }),
    ),
    sources: sourcesField,
  })
  .openapi('SectorList');

export const sectorValidationSchema = z
  .object({
    label: z.string(),
    summary: z.object({
      published: z.object({ figures: z.number(), meanAbsoluteErrorPp: z.number(), maxAbsoluteErrorPp: z.number() }),
      countryEstimate: z.array(
        z.object({
          measure: z.string(),
          areas: z.number(),
          meanAbsoluteDifferencePp: z.number(),
          largest: z.object({ areaCode: z.string(), errorPp: z.number() }),
        }),
      ),
    }),
    rows: z.array(
      z.object({
        areaCode: z.string(),
        measure: z.string(),
        reference: z.string().openapi({ description: '"country-estimate" or the id of a published figure' }),
        referenceClass: z.enum(['primary', 'quoted', 'secondary', 'derived']),
        referencePercent: z.number(),
        sectorAggregatePercent: z.number(),
        errorPp: z.number(),
      }),
    ),
    totals: z.array(
      z.object({
        areaCode: z.string(),
        areaKind: z.enum(['country', 'region']),
        source: z.string(),
        year: z.number(),
        publishedCellsThousands: z.number(),
        sectorTotalsThousands: z.number().nullable(),
        nationalTotalThousands: z.number().nullable(),
        iloModelled2024Thousands: z.number(),
      }),
    ),
    sources: sourcesField,
  })
  .openapi('SectorValidation');
