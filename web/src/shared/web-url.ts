/** Only web addresses become links; a repository path in the data (knowledge/data/README.md) stays text. */
export const isWebUrl = (url: string | null | undefined): url is string => typeof url === 'string' && /^https?:\/\//i.test(url);
