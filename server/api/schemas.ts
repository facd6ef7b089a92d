/** Shapes shared by several routes, with the OpenAPI metadata the docs page shows. */

import { z } from '@hono/zod-openapi';
import { WP96_CATEGORIES, WP140_EXPOSURES } from '../domain/exposure.ts';
import { LANGUAGES } from '../domain/language.ts';
import { SEXES } from '../domain/sex.ts';
import { SOURCE_CLASSES, SOURCE_KINDS } from '../domain/source-ref.ts';
import { OPERATIONS } from '../understanding/operation-classifier.ts';

export const languageQuery = z.enum(LANGUAGES).default('en').openapi({ description: 'Language of titles and names', example: 'en' });

export const sourceRefSchema = z
  .object({
    id: z.string(),
    kind: z.enum(SOURCE_KINDS),
    title: z.string(),
    locator: z.string(),
    url: z.string().optional(),
    sourceClass: z.enum(SOURCE_CLASSES).optional(),
  })
  .openapi('SourceRef');

export const sourcesField = z.array(sourceRefSchema).openapi({ description: 'Where every figure in this response comes from' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not_found' }),
      message: z.string().openapi({ example: 'No ISCO-08 unit group 9999. Closest: 9629, 9623' }),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');

export const errorResponses = {
  400: { description: 'Malformed parameter', content: { 'application/json': { schema: errorSchema } } },
  404: { description: 'Not found', content: { 'application/json': { schema: errorSchema } } },
} as const;

export const wp96Schema = z
  .object({ mean: z.number(), sd: z.number(), category: z.enum(WP96_CATEGORIES), label: z.string() })
  .nullable()
  .openapi('Wp96Scores', { description: '2023 study (ILO WP96): mean and SD of task scores and the category' });
export const wp140Schema = z
  .object({ mean: z.number(), sd: z.number(), exposure: z.enum(WP140_EXPOSURES), label: z.string() })
  .nullable()
  .openapi('Wp140Scores', { description: '2025 refined index (ILO WP140): mean and SD of task scores and the exposure gradient' });

export const groupRefSchema = z.object({ code: z.string(), level: z.number(), title: z.string() });

const estimateValue = z.object({ sharePercent: z.number(), exposedThousands: z.number() }).nullable();

export const estimateMethodSchema = z
  .object({
    method: z.string(),
    description: z.string(),
    validation: z.object({ meanAbsoluteErrorPp: z.number(), maxAbsoluteErrorPp: z.number(), figures: z.number(), note: z.string() }),
  })
  .openapi('EstimateMethod');

export const areaEstimateSchema = z
  .object({
    kind: z.literal('estimate'),
    label: z.string().openapi({ example: "This project's estimate, not an ILO figure" }),
    method: z.string(),
    description: z.string(),
    validation: estimateMethodSchema.shape.validation,
    measures: z.array(
      z.object({
        measure: z.string(),
        study: z.string(),
        label: z.string(),
        total: estimateValue,
        women: estimateValue,
        men: estimateValue,
      }),
    ),
  })
  .openapi('AreaEstimate', {
    description: "This project's estimate of the share of employment in exposed occupations, with its method and validation error",
  });

export const figureSchema = z
  .object({
    id: z.string(),
    study: z.string(),
    metric: z.string(),
    label: z.string(),
    population: z.string(),
    sex: z.enum(SEXES),
    value: z.number(),
    valueHigh: z.number().nullable(),
    valueText: z.string().openapi({ description: 'The value exactly as published' }),
    unit: z.string(),
    sourceId: z.string(),
    locator: z.string(),
    sourceClass: z.enum(SOURCE_CLASSES),
    note: z.string().nullable(),
  })
  .openapi('PublishedFigure');

/** What the question was understood to ask, as every answer reports it. */
export const understoodSchema = z
  .object({
    operation: z.enum(OPERATIONS),
    confidence: z.number(),
    subjects: z.array(
      z.object({
        kind: z.string(),
        id: z.string(),
        label: z.string(),
        fromText: z.string(),
        confidence: z.number(),
        fromContext: z.boolean().optional(),
      }),
    ),
    measure: z.string().nullable(),
    measures: z.array(z.string()),
    study: z.enum(['wp96', 'wp140']).nullable(),
    order: z.enum(['desc', 'asc']),
    limit: z.number().nullable(),
    unused: z.array(z.string()).openapi({ description: 'Words of the question that informed nothing' }),
    clarify: z
      .object({
        reason: z.enum(['ambiguous', 'low_confidence']),
        fromText: z.string(),
        options: z.array(
          z.object({
            kind: z.string(),
            id: z.string(),
            label: z.string(),
            question: z.string().openapi({ description: 'The question again with this reading in place of the doubtful words' }),
          }),
        ),
      })
      .nullable(),
    claim: z.object({ values: z.array(z.number()), jobLoss: z.boolean(), ratio: z.number().nullable() }).nullable(),
    fromContext: z.array(z.enum(['subjects', 'operation'])),
    missingData: z.string().nullable(),
    manipulation: z.boolean(),
    summary: z
      .string()
      .openapi({ description: 'One line in the answer language: what was answered, read from which words, what went unused' }),
  })
  .openapi('Understood');
