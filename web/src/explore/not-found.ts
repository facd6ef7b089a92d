/** The closest ISCO-08 codes a 404 names: from the error's details if the client kept them, else its message. */
export function closestCodes(error: Error): string[] {
  const details = (error as Error & { details?: { closest?: unknown } }).details;
  if (Array.isArray(details?.closest)) return details.closest.filter((code): code is string => typeof code === 'string');
  const match = /Closest:\s*([\d,\s]+)/.exec(error.message);
  return match?.[1] ? match[1].split(/[\s,]+/).filter((code) => /^\d{1,4}$/.test(code)) : [];
}

export const statusOf = (error: Error): number | undefined => (error as Error & { status?: number }).status;
