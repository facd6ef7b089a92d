/**
 * The sector responses as the server builds them (type-only imports: nothing of the server reaches the
 * bundle). The REST routes return these views unchanged.
 */
import type {
  rankSectorOccupations,
  rankSectors,
  sectorExposure,
  sectorList,
  sectorMatrix,
  sectorValidation,
} from '../../../server/data/sector-views.ts';

export type SectorExposure = NonNullable<ReturnType<typeof sectorExposure>>;
export type SectorRanking = ReturnType<typeof rankSectors>;
export type SectorOccupations = NonNullable<ReturnType<typeof rankSectorOccupations>>;
export type SectorMatrix = ReturnType<typeof sectorMatrix>;
export type SectorList = ReturnType<typeof sectorList>;
export type SectorValidation = ReturnType<typeof sectorValidation>;
export type SectorCoverage = SectorExposure['coverage'];
export type SectorCaveat = SectorExposure['caveats'][number];
