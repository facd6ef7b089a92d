import { tool } from 'ai';
import { z } from 'zod';
import { countryDetail, findCountry } from '../data/country-views.ts';
import { languageInput, type ToolDeps } from './tool-deps.ts';

export const createCountryExposureTool = ({ kb }: ToolDeps) =>
  tool({
    description:
      "A country's 2024 employment structure by ISCO-08 major group and sex (ILO modelled estimates), this project's ESTIMATE of the " +
      "share of its employment in exposed occupations (always present it as this project's estimate, with its method and validation " +
      "error; the ILO does not publish country figures here), and the ILO's published figures for its income group. Accepts an ISO3 " +
      'code or a country name in English or Traditional Chinese.',
    inputSchema: z.object({
      country: z.string().trim().min(2).max(80).describe('ISO3 code (e.g. "BRA") or name ("Brazil", "台灣")'),
      language: languageInput,
    }),
    execute: async ({ country, language = 'en' }) => {
      const catalog = await kb.catalog();
      const found = findCountry(catalog, country);
      const detail = found ? countryDetail(catalog, found.iso3, language) : null;
      if (!detail) return { data: { kind: 'not_found' as const, query: country }, sources: [] };
      const { sources, ...data } = detail;
      return { data: { kind: 'country' as const, ...data }, sources };
    },
  });
