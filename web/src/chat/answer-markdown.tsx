/**
 * The model's answer as Markdown (GFM tables included), sanitized: no raw HTML from the model reaches
 * the page. Citation markers become buttons that open the source panel; unverified figures are marked.
 */
import { type ComponentProps, type MouseEvent, memo, useMemo } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { Citation } from '../api/types.ts';
import { useLanguage } from '../i18n/language.tsx';
import { TableScroll } from '../shared/table-scroll.tsx';
import { rehypeAnswerMarks } from './rehype-answer-marks.ts';

export type OpenCitation = (citation: Citation, trigger: HTMLElement) => void;

const remarkPlugins = [remarkGfm];

export const AnswerMarkdown = memo(function AnswerMarkdown({
  text,
  unverified,
  english,
  citations,
  onCite,
  tablesFolded,
}: {
  text: string;
  unverified: readonly string[];
  /** Quotations in English (the ILO's task statements), marked as such in an answer in another language. */
  english: readonly string[];
  citations: ReadonlyMap<number, Citation>;
  onCite: OpenCitation;
  /** The answer's cards show the same rows: its own tables open on demand, so the answer says it once. */
  tablesFolded: boolean;
}) {
  const { t } = useLanguage();
  const rehypePlugins = useMemo(
    () => [rehypeSanitize, [rehypeAnswerMarks, { unverified, english }]] as ComponentProps<typeof Markdown>['rehypePlugins'],
    [unverified, english],
  );
  const components = useMemo<Components>(
    () => ({
      sup: ({ node, children, ...props }: ComponentProps<'sup'> & ExtraProps) => {
        const marker = node?.properties?.dataCite;
        if (marker === undefined) return <sup {...props}>{children}</sup>;
        const n = Number(marker);
        const citation = citations.get(n);
        if (!citation) return <span className="cite cite-unknown">[{n}]</span>;
        return (
          <button
            type="button"
            className="cite"
            aria-label={t('chatSourceN', { n })}
            aria-haspopup="dialog"
            title={citation.title}
            data-citation={n}
            onClick={(event: MouseEvent<HTMLButtonElement>) => onCite(citation, event.currentTarget)}
          >
            [{n}]
          </button>
        );
      },
      mark: ({ node, children }: ComponentProps<'mark'> & ExtraProps) =>
        node?.properties?.dataUnverified ? (
          <mark className="unverified" title={t('chatUnverifiedMark')} data-testid="unverified-number">
            {children}
            <span className="visually-hidden"> ({t('chatUnverifiedMark')})</span>
          </mark>
        ) : (
          <mark>{children}</mark>
        ),
      table: ({ node: _node, ...props }: ComponentProps<'table'> & ExtraProps) => {
        const table = (
          <TableScroll label={t('chatAnswerTable')}>
            <table {...props} />
          </TableScroll>
        );
        return tablesFolded ? (
          <details className="answer-table">
            <summary>{t('chatAnswerTableShow')}</summary>
            {table}
          </details>
        ) : (
          table
        );
      },
      a: ({ node: _node, href, children, ...props }: ComponentProps<'a'> & ExtraProps) =>
        href && /^https?:\/\//i.test(href) ? (
          <a {...props} href={href} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        ) : (
          <a {...props} href={href}>
            {children}
          </a>
        ),
    }),
    [citations, onCite, t, tablesFolded],
  );
  return (
    <div className="answer-text">
      <Markdown remarkPlugins={remarkPlugins} rehypePlugins={rehypePlugins} components={components}>
        {text}
      </Markdown>
    </div>
  );
});
