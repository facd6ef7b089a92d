/** The caveats a sector estimate carries, in the interface language. */
import type { SectorExposure } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { STRINGS, type StringKey } from '../i18n/strings.ts';

type SectorCaveat = SectorExposure['caveats'][number];

export function SectorCaveatList({ caveats }: { caveats: SectorCaveat[] }) {
  const { t } = useLanguage();
  return (
    <ul data-testid="sector-caveats">
      {caveats.map((caveat) => (
        <li key={`${caveat.code}-${caveat.text}`}>{caveatText(caveat, t)}</li>
      ))}
    </ul>
  );
}

/** A caveat in the interface language; one the web has no words for keeps the server's English text. */
function caveatText(caveat: SectorCaveat, t: ReturnType<typeof useLanguage>['t']) {
  const key = `sectorCaveat_${caveat.code}` as StringKey;
  return key in STRINGS.en ? t(key, caveat.values) : caveat.text;
}
