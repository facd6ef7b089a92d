import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { figureIn } from '../data/data-labels.ts';
import { validationTable } from '../data/estimate-views.ts';
import { figureRef, findingRef } from '../data/source-refs.ts';
import { LANGUAGES } from '../domain/language.ts';
import { SEXES } from '../domain/sex.ts';
import { SOURCE_CLASSES } from '../domain/source-ref.ts';
import { languageOfText, searchFindings } from '../retrieval/hybrid-search.ts';
import { errorResponses, figureSchema, sourcesField } from './schemas.ts';

export const referenceRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/figures',
      summary: 'Published headline figures, each with its source, locator and source class',
      request: {
        query: z.object({
          study: z.string().max(40).optional().openapi({ example: 'wp140' }),
          population: z.string().max(60).optional().openapi({ example: 'HIC' }),
          sex: z.enum(SEXES).optional(),
          sourceClass: z.enum(SOURCE_CLASSES).optional(),
          lang: z.enum(LANGUAGES).default('en').openapi({ description: 'Language of the labels and notes' }),
        }),
      },
      responses: {
        200: {
          description: 'Figures',
          content: { 'application/json': { schema: z.object({ items: z.array(figureSchema), total: z.number(), sources: sourcesField }) } },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const filter = c.req.valid('query');
      const catalog = await c.var.deps.kb.catalog();
      const items = catalog.figures.filter(
        (figure) =>
          (!filter.study || figure.study === filter.study) &&
          (!filter.population || figure.population === filter.population) &&
          (!filter.sex || figure.sex === filter.sex) &&
          (!filter.sourceClass || figure.sourceClass === filter.sourceClass),
      );
      return c.json(
        {
          items: items.map((figure) => figureIn(figure, filter.lang)),
          total: items.length,
          sources: items.map((figure) => figureRef(catalog, figure)),
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/findings/search',
      summary: 'Hybrid search (vector + full text, reciprocal rank fusion) over the cited findings cards',
      request: {
        query: z.object({
          q: z.string().trim().min(1, 'must not be empty').max(500).openapi({ example: 'what did the ILO recommend for women' }),
          lang: z.enum(LANGUAGES).optional().openapi({ description: 'Default: the language of q' }),
          limit: z.coerce.number().int().min(1).max(20).default(5),
        }),
      },
      responses: {
        200: {
          description: 'Findings, best first',
          content: {
            'application/json': {
              schema: z.object({
                query: z.string(),
                language: z.enum(LANGUAGES),
                items: z.array(
                  z.object({
                    id: z.string(),
                    title: z.string(),
                    language: z.enum(LANGUAGES),
                    topics: z.array(z.string()),
                    body: z.string(),
                    sourceId: z.string(),
                    locator: z.string(),
                    sourceClass: z.enum(SOURCE_CLASSES),
                    translationOf: z.string().nullable(),
                    score: z.number(),
                  }),
                ),
                sources: sourcesField,
              }),
            },
          },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { q, lang, limit } = c.req.valid('query');
      const { kb } = c.var.deps;
      const catalog = await kb.catalog();
      const items = await searchFindings(kb.db, kb.embedder, q, { language: lang, limit });
      const language = lang ?? languageOfText(q);
      return c.json({ query: q, language, items, sources: items.map((item) => findingRef(catalog, item)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/sources',
      summary: 'The bibliography: papers, briefs, datasets and classifications with DOI/URL and licence',
      responses: {
        200: {
          description: 'Sources and the attribution and disclaimer text the product shows',
          content: {
            'application/json': {
              schema: z.object({
                items: z.array(
                  z.object({
                    id: z.string(),
                    kind: z.string(),
                    title: z.string(),
                    authors: z.string().nullable(),
                    publisher: z.string().nullable(),
                    year: z.number().nullable(),
                    doi: z.string().nullable(),
                    url: z.string().nullable(),
                    licence: z.string().nullable(),
                    citation: z.string(),
                    note: z.string().nullable(),
                  }),
                ),
                total: z.number(),
                attribution: z.record(z.string(), z.string()).openapi({ description: 'CC BY 4.0 attribution, by language' }),
                disclaimer: z.record(z.string(), z.string()).openapi({ description: 'Adaptation disclaimer, by language' }),
              }),
            },
          },
        },
      },
    }),
    async (c) => {
      const catalog = await c.var.deps.kb.catalog();
      const items = [...catalog.sources.values()];
      return c.json({ items, total: items.length, attribution: catalog.notices.attribution, disclaimer: catalog.notices.disclaimer }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/estimates/validation',
      summary: "How this project's country estimates compare with the ILO's published aggregate figures",
      responses: {
        200: {
          description: 'Both methods, each published figure, the estimate and the error; the selected method is the one the product shows',
          content: {
            'application/json': {
              schema: z.object({
                label: z.string(),
                selected: z.string(),
                methods: z.array(
                  z.object({
                    method: z.string(),
                    selected: z.boolean(),
                    meanAbsoluteErrorPp: z.number(),
                    maxAbsoluteErrorPp: z.number(),
                    validationFigures: z.number(),
                    description: z.string(),
                  }),
                ),
                rows: z.array(
                  z.object({
                    figureId: z.string(),
                    method: z.string(),
                    measure: z.string(),
                    areaCode: z.string(),
                    sex: z.string(),
                    publishedPercent: z.number(),
                    estimatePercent: z.number(),
                    errorPp: z.number(),
                  }),
                ),
                sources: sourcesField,
              }),
            },
          },
        },
      },
    }),
    async (c) => {
      const catalog = await c.var.deps.kb.catalog();
      const table = validationTable(catalog);
      const figureIds = new Set(table.rows.map((row) => row.figureId));
      return c.json(
        { ...table, sources: catalog.figures.filter((figure) => figureIds.has(figure.id)).map((figure) => figureRef(catalog, figure)) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/api/glossary',
      summary:
        'Names and definitions of the exposure categories and gradients, and the terms the product uses, in English and Traditional ' +
        'Chinese',
      responses: {
        200: {
          description: 'Glossary',
          content: {
            'application/json': {
              schema: z.object({
                exposureLabels: z.array(
                  z.object({
                    key: z.string(),
                    study: z.string(),
                    labelEn: z.string(),
                    labelZhTw: z.string(),
                    definitionEn: z.string(),
                    definitionZhTw: z.string(),
                  }),
                ),
                terms: z.array(
                  z.object({ termEn: z.string(), termZhTw: z.string(), definitionEn: z.string(), definitionZhTw: z.string() }),
                ),
              }),
            },
          },
        },
      },
    }),
    async (c) => {
      const catalog = await c.var.deps.kb.catalog();
      return c.json({ exposureLabels: [...catalog.exposureLabels.values()], terms: catalog.glossary }, 200);
    },
  );
