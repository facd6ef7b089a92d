/** The caveats a sector estimate carries, as the server wrote them in the request's language. */
import type { SectorExposure } from '../api/types.ts';

type SectorCaveat = SectorExposure['caveats'][number];

export function SectorCaveatList({ caveats }: { caveats: SectorCaveat[] }) {
  return (
    <ul data-testid="sector-caveats">
      {caveats.map((caveat) => (
        <li key={`${caveat.code}-${caveat.text}`}>{caveat.text}</li>
      ))}
    </ul>
  );
}
