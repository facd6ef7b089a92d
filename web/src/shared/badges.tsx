/** Badges: the label is always text and colour only a cue (one palette, web/src/shared/data.css). */
import { useLanguage } from '../i18n/language.tsx';
import { exposureName, sourceClassText } from './labels.ts';
import './data.css';

/** A 2023 category or 2025 gradient; `label` is the server's name for it where the data carries one. */
export function ExposureBadge({ exposure, label }: { exposure: string; label?: string }) {
  const { t } = useLanguage();
  return <span className={`badge exposure exposure-${exposure.replace(/[^a-z0-9]+/gi, '-')}`}>{label ?? exposureName(exposure, t)}</span>;
}

/** How directly a source was seen; a publication or dataset cited for context has none. */
export function SourceClassBadge({ sourceClass }: { sourceClass: string | null | undefined }) {
  const { t } = useLanguage();
  if (!sourceClass) return <span className="badge source-class">{t('dataClassReference')}</span>;
  return <span className={`badge source-class source-class-${sourceClass}`}>{sourceClassText(sourceClass, t)}</span>;
}

/** Marks every figure this project computed (country and sector estimates) as such; `label` is the server's words where it sent some. */
export function EstimateBadge({ label }: { label?: string }) {
  const { t } = useLanguage();
  return <span className="badge estimate-badge">{label ?? t('estimateBadge')}</span>;
}
