import type { SourceRef } from '../domain/source-ref.ts';
import type { Catalog } from './catalog.ts';

const urlOf = (catalog: Catalog, sourceId: string) => {
  const source = catalog.sources.get(sourceId);
  return source?.doi ? `https://doi.org/${source.doi}` : (source?.url ?? undefined);
};

/** A publication or dataset from knowledge/sources.json, with where in it the claim comes from. */
export function publicationRef(catalog: Catalog, sourceId: string, locator: string): SourceRef {
  const source = catalog.sources.get(sourceId);
  return { id: sourceId, kind: 'source', title: source?.title ?? sourceId, locator, url: urlOf(catalog, sourceId) };
}

/** The ILO data row behind one unit group's scores. */
export function occupationRef(catalog: Catalog, code: string, title: string): SourceRef {
  return {
    id: `occupation:${code}`,
    kind: 'occupation',
    title: `ISCO-08 ${code} ${title}: ILO GenAI exposure scores`,
    locator: `ILO task-level scores file (Gmyrek et al. 2025), ISCO-08 ${code}; dataset ${catalog.dataset.version}`,
    url: urlOf(catalog, 'ilo-genai-scores-2025'),
    sourceClass: 'primary',
  };
}

export function countryRef(catalog: Catalog, iso3: string, name: string): SourceRef {
  return {
    id: `country:${iso3}`,
    kind: 'country',
    title: `${name}: ILO modelled employment by sex and occupation, 2024`,
    locator: `ILOSTAT EMP_2EMP_SEX_OCU_NB, ${iso3}, 2024 (thousands); dataset ${catalog.dataset.version}`,
    url: urlOf(catalog, 'ilostat-modelled-2024'),
    sourceClass: 'primary',
  };
}

export function figureRef(catalog: Catalog, figure: Catalog['figures'][number]): SourceRef {
  return {
    id: `figure:${figure.id}`,
    kind: 'figure',
    title: figure.label,
    locator: `${catalog.sources.get(figure.sourceId)?.title ?? figure.sourceId}: ${figure.locator}`,
    url: urlOf(catalog, figure.sourceId),
    sourceClass: figure.sourceClass,
  };
}

export function findingRef(
  catalog: Catalog,
  finding: { id: string; title: string; sourceId: string; locator: string; sourceClass: SourceRef['sourceClass'] },
): SourceRef {
  return {
    id: `finding:${finding.id}`,
    kind: 'finding',
    title: finding.title,
    locator: `${catalog.sources.get(finding.sourceId)?.title ?? finding.sourceId}: ${finding.locator}`,
    url: urlOf(catalog, finding.sourceId),
    sourceClass: finding.sourceClass,
  };
}
