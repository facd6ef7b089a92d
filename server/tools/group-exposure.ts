import { tool } from 'ai';
import { z } from 'zod';
import { figureIn } from '../data/data-labels.ts';
import { areaEstimates, ESTIMATE_LABEL, estimateRef } from '../data/estimate-views.ts';
import { groupSummary } from '../data/occupation-views.ts';
import { figureRef } from '../data/source-refs.ts';
import { ILO_REGIONS, INCOME_GROUP_CODES, INCOME_GROUPS, WORLD } from '../domain/areas.ts';
import { SEXES } from '../domain/sex.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

const STUDIES = { wp96: ['wp96'], wp140: ['wp140', 'wp166', 'ilo-regional'], any: ['wp96', 'wp140', 'wp166', 'ilo-regional'] } as const;

export const createGroupExposureTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      'Published ILO figures on the share of employment exposed to GenAI for the world, income groups (HIC, UMC, LMC, LIC) and ' +
      'regions, by sex, from the 2023 study (wp96: automation and augmentation) and the 2025 index (wp140: exposed = gradients 1-4, ' +
      "and gradient 4); each with its source class. Where the ILO published nothing for the group asked, also gives this project's " +
      "estimate for that aggregate, clearly labelled. With majorGroup, also how that ISCO major group's occupations spread over the " +
      'categories and gradients.',
    inputSchema: z.object({
      population: z
        .enum([WORLD.code, ...INCOME_GROUP_CODES, ...ILO_REGIONS])
        .default('WORLD')
        .describe('WORLD, an income group code or a region'),
      sex: z.enum([...SEXES, 'any']).default('any'),
      study: z.enum(['wp96', 'wp140', 'any']).default('any'),
      majorGroup: z.string().regex(/^\d$/).optional().describe('One-digit ISCO-08 major group, e.g. "4" clerical support workers'),
      language: languageInput,
    }),
    execute: async ({ population, sex, study, majorGroup, language = 'en' }) => {
      const catalog = await kb.catalog();
      const studies: readonly string[] = STUDIES[study];
      const figures = catalog.figures.filter(
        (figure) =>
          figure.population === population &&
          studies.includes(figure.study) &&
          (sex === 'any' || figure.sex === sex) &&
          (figure.metric.startsWith('employment_') || figure.metric === 'women_to_men_automation_likelihood'),
      );
      const isAggregate = population === 'WORLD' || INCOME_GROUPS.some((group) => group.code === population);
      const areaName =
        population === 'WORLD'
          ? language === 'zh-TW'
            ? WORLD.nameZhTw
            : WORLD.nameEn
          : (INCOME_GROUPS.find((group) => group.code === population)?.[language === 'zh-TW' ? 'nameZhTw' : 'nameEn'] ?? population);
      const estimate = isAggregate ? areaEstimates(catalog, population, language) : null;
      const group = majorGroup ? groupSummary(catalog, majorGroup, language) : null;
      return {
        data: {
          population,
          populationName: areaName,
          sex,
          study,
          figures: figures.map((figure) => figureIn(figure, language)),
          estimate: estimate && { ...estimate, label: ESTIMATE_LABEL[language] },
          majorGroup: group && {
            code: group.code,
            title: group.title,
            unitGroups: group.unitGroups,
            scoredUnitGroups: group.scoredUnitGroups,
            distribution: group.distribution,
            note: group.note,
          },
        },
        sources: [
          ...figures.map((figure) => figureRef(catalog, figure)),
          ...(estimate ? [estimateRef(catalog, population, areaName)] : []),
          ...(group ? group.sources : []),
        ],
      };
    },
  });
