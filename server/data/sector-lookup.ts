/** Finding the area and the sector a request means, by code or by name in English or Chinese. */
import type { Language } from '../domain/language.ts';
import { SECTIONS, SECTOR_REGIONS, type Section, type SectorRegion } from '../domain/sector-estimate.ts';
import type { Catalog } from './catalog.ts';
import { countryName, findCountry, nameKey } from './country-views.ts';
import type { SectorArea } from './sector-catalog.ts';

/** Everyday names of the regions, besides their codes. */
const REGION_NAMES: Record<SectorRegion, string[]> = {
  EU27: ['EU', 'EU-27', 'European Union', 'the EU', '歐盟', '歐洲聯盟'],
  EUR: ['Europe', 'European countries', '歐洲', '歐洲各國'],
};

export function sectorAreaName(catalog: Catalog, code: string, language: Language): string {
  const region = SECTOR_REGIONS[code as SectorRegion];
  if (region) return language === 'zh-TW' ? region.nameZhTw : region.nameEn;
  const country = catalog.countries.get(code);
  return country ? countryName(country, language) : code;
}

export type SectorAreaLookup =
  | { status: 'found'; area: SectorArea }
  | { status: 'no_sector_data'; code: string }
  | { status: 'not_found'; query: string };

export function lookupSectorArea(catalog: Catalog, query: string): SectorAreaLookup {
  const wanted = nameKey(query);
  const region = (Object.keys(SECTOR_REGIONS) as SectorRegion[]).find(
    (code) => nameKey(code) === wanted || REGION_NAMES[code].some((name) => nameKey(name) === wanted),
  );
  const code = region ?? findCountry(catalog, query)?.iso3;
  if (!code) return { status: 'not_found', query };
  const area = catalog.sectors.areas.get(code);
  return area ? { status: 'found', area } : { status: 'no_sector_data', code };
}

/** The countries and regions with sector data, countries first, by name. */
export function areasWithSectorData(catalog: Catalog, language: Language) {
  return [...catalog.sectors.areas.values()]
    .map((area) => ({
      code: area.code,
      name: sectorAreaName(catalog, area.code, language),
      kind: area.kind,
      source: area.source,
      year: area.year,
    }))
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'country' ? -1 : 1));
}

export interface SectorMatch {
  section: Section;
  /** The US NAICS sector the name points at, when it names only part of a section (retail -> 44-45). */
  naics: string | null;
  /** The name or alias that matched. */
  matched: string;
  risky: boolean;
}

// "the banking sector", "retail industry", "金融業界": the framing words are not part of the name.
const FRAMING = /^(the)|(sector|sectors|industry|industries|界|產業)$/g;

/**
 * Sections a code, NAICS code, title or alias names, in the order of the sector list. An alias with
 * several sections (科技業: C or J) gives all of them.
 */
export function findSectors(catalog: Catalog, query: string): SectorMatch[] {
  const trimmed = query.trim();
  const letter = trimmed.toUpperCase().replace(/^(SECTION|NACE|ISIC)\s*/, '');
  if ((SECTIONS as readonly string[]).includes(letter))
    return [{ section: letter as Section, naics: null, matched: trimmed, risky: false }];
  const naics = catalog.sectors.naics.get(trimmed.replace(/^NAICS\s*/i, ''));
  if (naics) return [{ section: naics.section, naics: naics.naics, matched: trimmed, risky: false }];
  for (const wanted of [nameKey(trimmed), nameKey(trimmed).replace(FRAMING, '')]) {
    const matches: SectorMatch[] = [];
    for (const sector of catalog.sectors.sections.values()) {
      const names = [sector.titleEn, sector.titleZhTw, sector.shortNameEn, sector.shortNameZhTw];
      const name = names.find((candidate) => nameKey(candidate) === wanted);
      if (name) {
        matches.push({ section: sector.section, naics: null, matched: name, risky: false });
        continue;
      }
      const alias = sector.aliases.find((candidate) => nameKey(candidate.alias) === wanted);
      if (alias) matches.push({ section: sector.section, naics: alias.usNaics, matched: alias.alias, risky: alias.risky });
    }
    for (const sector of catalog.sectors.naics.values()) {
      if (
        [sector.titleEn, sector.titleZhTw].some((name) => nameKey(name) === wanted) &&
        !matches.some((match) => match.section === sector.section)
      )
        matches.push({ section: sector.section, naics: sector.naics, matched: sector.titleEn, risky: false });
    }
    if (matches.length > 0) return matches;
  }
  return [];
}
