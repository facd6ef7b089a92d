import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { countryDetail, listCountries } from '../data/country-views.ts';
import { INCOME_GROUP_CODES } from '../domain/areas.ts';
import { SEXES } from '../domain/sex.ts';
import { AppError } from '../errors.ts';
import { areaEstimateSchema, errorResponses, estimateMethodSchema, figureSchema, languageQuery, sourcesField } from './schemas.ts';

const incomeGroup = z.enum(INCOME_GROUP_CODES);

const employmentSchema = z.array(
  z.object({
    sex: z.enum(SEXES),
    totalThousands: z.number(),
    derived: z.boolean().openapi({ description: 'true where men = total - women (computed by this project)' }),
    groups: z.array(z.object({ majorGroup: z.string(), title: z.string(), thousands: z.number(), sharePercent: z.number() })),
  }),
);

export const countryRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/countries',
      summary: 'Countries and territories with their income group, region and 2024 employment',
      request: { query: z.object({ incomeGroup: incomeGroup.optional(), region: z.string().max(100).optional(), lang: languageQuery }) },
      responses: {
        200: {
          description: 'Countries',
          content: {
            'application/json': {
              schema: z.object({
                items: z.array(
                  z.object({
                    iso3: z.string(),
                    name: z.string(),
                    nameEn: z.string(),
                    nameZhTw: z.string(),
                    incomeGroup: z.string().nullable(),
                    region: z.string().nullable().openapi({ description: 'World Bank region (its English name, also the filter value)' }),
                    regionName: z.string().nullable().openapi({ description: 'The region in the language asked for' }),
                    has2024Employment: z.boolean(),
                    employmentThousands: z.number().nullable(),
                    smallArea: z
                      .boolean()
                      .openapi({ description: 'Fewer workers than smallAreaThousands: a few occupations sway the estimate' }),
                    estimatedExposedPercent: z.number().nullable().openapi({
                      description: "This project's estimate of the share of employment in WP140 exposed occupations (see estimateMethod)",
                    }),
                  }),
                ),
                total: z.number(),
                estimateMethod: estimateMethodSchema,
                smallAreaThousands: z.number(),
                sources: sourcesField,
              }),
            },
          },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      return c.json(listCountries(await c.var.deps.kb.catalog(), { ...query, language: query.lang }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/countries/{iso3}',
      summary: "A country's income group, region and 2024 employment structure by sex and major group",
      request: {
        params: z.object({
          iso3: z
            .string()
            .regex(/^[A-Za-z]{3}$/, 'must be an ISO 3166 alpha-3 code such as BRA')
            .openapi({ example: 'TWN' }),
        }),
        query: z.object({ lang: languageQuery }),
      },
      responses: {
        200: {
          description: 'The country',
          content: {
            'application/json': {
              schema: z
                .object({
                  iso3: z.string(),
                  name: z.string(),
                  nameEn: z.string(),
                  nameZhTw: z.string(),
                  incomeGroup: z.object({ code: z.string(), name: z.string() }).nullable(),
                  region: z.string().nullable(),
                  regionName: z.string().nullable(),
                  has2024Employment: z.boolean(),
                  smallArea: z.boolean(),
                  employment: employmentSchema.nullable(),
                  estimate: areaEstimateSchema.nullable(),
                  incomeGroupFigures: z
                    .array(figureSchema)
                    .openapi({ description: "The ILO's published figures for the country's income group" }),
                  readAgainst: z
                    .object({ figureId: z.string().nullable(), incomeGroupEstimatePercent: z.number().nullable() })
                    .nullable()
                    .openapi({
                      description:
                        "What to read the estimate against: the income group's published share of exposed employment (an id in " +
                        "incomeGroupFigures), else this project's estimate for the income group",
                    }),
                  warnings: z
                    .array(z.string())
                    .openapi({ description: 'Source rows to read with care (an implausibly small major group)' }),
                  notes: z.array(z.string()),
                  sources: sourcesField,
                })
                .openapi('Country'),
            },
          },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const iso3 = c.req.valid('param').iso3.toUpperCase();
      const catalog = await c.var.deps.kb.catalog();
      const found = countryDetail(catalog, iso3, c.req.valid('query').lang);
      if (!found)
        throw new AppError('not_found', `No country or territory with code ${iso3} in the data. See /api/countries for the list.`);
      return c.json(found, 200);
    },
  );
