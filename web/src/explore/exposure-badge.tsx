/** A 2023 category or 2025 gradient as a coloured badge (text always present, colour only a cue). */
export function ExposureBadge({ exposureKey, label }: { exposureKey: string; label: string }) {
  return <span className={`badge badge-exposure exposure-${exposureKey.replace(/_/g, '-')}`}>{label}</span>;
}
