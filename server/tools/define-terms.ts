import { tool } from 'ai';
import { z } from 'zod';
import { publicationRef } from '../data/source-refs.ts';
import { pickTitle } from '../domain/language.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

/** The terms a question can ask to have defined, and where each definition lives in the knowledge base. */
const TERMS = {
  exposure: { glossary: ['exposure', 'exposed occupations'], labels: [] },
  exposed: { glossary: ['exposed occupations', 'gradient'], labels: ['gradient_1', 'gradient_2', 'gradient_3', 'gradient_4'] },
  gradient_1: { glossary: ['gradient'], labels: ['gradient_1'] },
  gradient_2: { glossary: ['gradient'], labels: ['gradient_2'] },
  gradient_3: { glossary: ['gradient'], labels: ['gradient_3'] },
  gradient_4: { glossary: ['gradient'], labels: ['gradient_4'] },
  minimal_exposure: { glossary: [], labels: ['minimal'] },
  not_exposed: { glossary: [], labels: ['not_exposed'] },
  automation: { glossary: ['automation'], labels: ['automation', 'augmentation'] },
  augmentation: { glossary: ['augmentation'], labels: ['augmentation', 'automation'] },
  big_unknown: { glossary: [], labels: ['big_unknown'] },
  not_affected: { glossary: [], labels: ['not_affected'] },
  tasks: { glossary: ['task', 'task score', 'mean task score'], labels: [] },
  gender_gap: { glossary: ['exposure'], labels: [] },
} as const;
export type DefinableTerm = keyof typeof TERMS;
const DEFINABLE_TERMS = Object.keys(TERMS) as [DefinableTerm, ...DefinableTerm[]];

export const createDefineTermsTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      'Definitions of the exposure concepts: what exposure means, the 2025 exposure gradients (1-4, ' +
      'minimal, not exposed) with their score thresholds, the 2023 categories (automation potential, ' +
      'augmentation potential, the big unknown, not affected), tasks and task scores. Use for "what ' +
      'does X mean" questions.',
    inputSchema: z.object({ terms: z.array(z.enum(DEFINABLE_TERMS)).min(1).max(4), language: languageInput }),
    execute: async ({ terms, language = 'en' }) => {
      const catalog = await kb.catalog();
      const glossaryKeys = [...new Set(terms.flatMap((term) => TERMS[term].glossary as readonly string[]))];
      const labelKeys = [...new Set(terms.flatMap((term) => TERMS[term].labels as readonly string[]))];
      const glossary = glossaryKeys
        .map((key) => catalog.glossary.find((entry) => entry.termEn.toLowerCase() === key))
        .filter((entry) => entry !== undefined)
        .map((entry) => ({
          term: pickTitle(language, entry.termEn, entry.termZhTw),
          definition: pickTitle(language, entry.definitionEn, entry.definitionZhTw),
        }));
      const labels = labelKeys
        .map((key) => catalog.exposureLabels.get(key))
        .filter((label) => label !== undefined)
        .map((label) => ({
          key: label.key,
          study: label.study,
          label: pickTitle(language, label.labelEn, label.labelZhTw),
          definition: pickTitle(language, label.definitionEn, label.definitionZhTw),
        }));
      const studies = new Set(labels.map((label) => label.study.toLowerCase()));
      return {
        data: { terms, glossary, labels },
        sources: [
          ...(studies.has('wp96') || labels.length === 0
            ? [publicationRef(catalog, 'ilo-wp96-2023', '2023 categories and the meaning of exposure')]
            : []),
          ...(studies.has('wp140') ? [publicationRef(catalog, 'ilo-wp140-2025', '2025 exposure gradients and their thresholds')] : []),
        ],
      };
    },
  });
