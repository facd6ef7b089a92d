/** The comment lines every sector CSV carries besides the ILO attribution: the estimate label and the data sources. */
import type { StringKey } from '../i18n/strings.ts';

export const sectorCsvNotes = (t: (key: StringKey) => string) => [t('sectorsCsvEstimateLabel'), t('sectorsCsvDataSources')];
