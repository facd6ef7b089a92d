import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import type { ChatMessage } from '../../src/api/types.ts';
import { CountryCard } from '../../src/chat/area-results.tsx';
import { ConversationActions } from '../../src/chat/conversation-actions.tsx';
import { conversationMarkdown } from '../../src/chat/export-markdown.ts';
import { RankedOccupations } from '../../src/chat/occupation-results.tsx';
import { STRINGS } from '../../src/i18n/strings.ts';
import { resetNoticesCache } from '../../src/shared/notices.ts';
import { conversation, fakeFetch, json, NOTICES, ofKind, renderChat, toolOutput } from './helpers.tsx';

const { downloads } = vi.hoisted(() => ({ downloads: [] as { filename: string; text: string; mediaType?: string }[] }));
vi.mock('../../src/shared/csv.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/shared/csv.ts')>();
  return {
    ...original,
    downloadText: vi.fn((filename: string, text: string, mediaType?: string) => downloads.push({ filename, text, mediaType })),
  };
});
vi.mock('../../src/shared/bar-chart-canvas.tsx', () => ({ default: () => null }));

beforeEach(() => {
  downloads.length = 0;
  resetNoticesCache();
});
afterEach(() => vi.unstubAllGlobals());

describe('CSV export', () => {
  it('puts the attribution and disclaimer from /api/sources above the header, and quotes values', async () => {
    const user = userEvent.setup();
    const { calls } = fakeFetch({ 'GET /api/sources': () => json({ items: [], total: 0, ...NOTICES }) });
    renderChat(<RankedOccupations data={toolOutput('rank-occupations', 'rankOccupations').data} />);
    await user.click(screen.getByRole('button', { name: /Download CSV/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const { filename, text } = downloads[0]!;
    expect(filename).toMatch(/^occupations-ranked-by-wp140\.csv$/);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(`# ${NOTICES.attribution.en}`);
    expect(lines[1]).toBe(`# ${NOTICES.disclaimer.en}`);
    expect(lines[2]).toBe(
      'Rank,ISCO-08,Occupation,2025 index (WP140) Mean task score,2025 index (WP140) Gradient,2023 study (WP96) Mean task score,2023 ' +
        'study (WP96) Category,Change 2023 to 2025',
    );
    expect(lines[3]).toBe('1,4132,Data Entry Clerks,0.7,Gradient 4,0.7,Automation potential,0');
    expect(lines).toContain('4,4312,"Statistical, Finance and Insurance Clerks",0.64,Gradient 4,0.66,Automation potential,-0.02');
    expect(lines).toHaveLength(3 + 5);

    // The notices are fetched once and reused.
    await user.click(screen.getByRole('button', { name: /Download CSV/ }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(calls.filter((call) => call.url === '/api/sources')).toHaveLength(1);
  });

  it('uses the notices of the current language (Traditional Chinese)', async () => {
    const user = userEvent.setup();
    fakeFetch({ 'GET /api/sources': () => json({ items: [], total: 0, ...NOTICES }) });
    renderChat(<CountryCard data={ofKind(toolOutput('country', 'countryExposure').data, 'country')} />, { language: 'zh-TW' });
    await user.click(screen.getAllByRole('button', { name: /下載 CSV/ })[1]!);
    await waitFor(() => expect(downloads).toHaveLength(1));
    const lines = downloads[0]!.text.split('\n');
    expect(lines[0]).toBe(`# ${NOTICES.attribution['zh-TW']}`);
    expect(lines[1]).toBe(`# ${NOTICES.disclaimer['zh-TW']}`);
    expect(lines[2]).toBe('ISO3,性別,ISCO-08,職業大類,就業人數（千人）,比重 (%)');
    expect(lines).toContain('BRA,total,96,"Skilled Agricultural, Forestry and Fishery Workers + Elementary Occupations",20995.11,20.9');
  });

  it('says so when the notices cannot be loaded, and downloads nothing without them', async () => {
    const user = userEvent.setup();
    fakeFetch({ 'GET /api/sources': () => json({ error: { code: 'internal', message: 'Database unavailable' } }, 500) });
    renderChat(<RankedOccupations data={toolOutput('rank-occupations', 'rankOccupations').data} />);
    await user.click(screen.getByRole('button', { name: /Download CSV/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not prepare the CSV: Database unavailable');
    expect(downloads).toHaveLength(0);
  });
});

describe('Markdown export', () => {
  const t = (key: keyof (typeof STRINGS)['en'], values: Record<string, string | number> = {}) =>
    STRINGS.en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const twoTurns = (): ChatMessage[] => {
    const second = conversation('findings').map((message) => ({ ...message, id: `${message.id}-2` }));
    return [...conversation('occupation'), ...second];
  };

  it('writes questions, answers, one renumbered source list, then the attribution and disclaimer', () => {
    const markdown = conversationMarkdown(twoTurns(), {
      t,
      attribution: NOTICES.attribution.en!,
      disclaimer: NOTICES.disclaimer.en!,
      url: 'http://localhost/c/abc',
    });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# GenAI Jobs Assistant conversation');
    expect(markdown).toContain('Permalink: http://localhost/c/abc');
    expect(markdown).toContain('## Question 1\n\nHow exposed are bookkeepers?');
    expect(markdown).toContain('## Question 2\n\nWhat policy advice does the ILO give?');
    expect(markdown).toContain(
      '### Answer\n\n"bookkeepers" can mean several occupations in ISCO-08: Accounting and Bookkeeping Clerks (ISCO-08 4311), ' +
        'Accounting Associate Professionals (ISCO-08 3313).',
    );
    expect(markdown).toContain('- **2025 refined index (ILO WP140):** mean task score 0.64 (SD 0.07), Gradient 4 [1][3]');
    // The first answer cites sources 1-3; the second answer's [1] and [2] become [4] and [5].
    expect(markdown).toContain("**The webinar's policy advice in five points** [4]");
    expect(markdown).toContain("**WP96's policy agenda: manage the transition through dialogue, regulation, protection and skills** [5]");
    const sources = markdown.slice(markdown.indexOf('## Sources'), markdown.indexOf('---'));
    expect(sources).toContain(
      '1. ISCO-08 4311 Accounting and Bookkeeping Clerks: ILO GenAI exposure scores. ILO task-level scores file (Gmyrek et al. ' +
        '2025), ISCO-08 4311; dataset',
    );
    expect(sources).toMatch(/4\. The webinar's policy advice in five points\. .*https:\/\/www\.youtube\.com\/watch\?v=X5YJVLm8x9k/);
    expect(sources.match(/^\d+\. /gm)).toHaveLength(5);
    expect(markdown.trimEnd().endsWith(`${NOTICES.attribution.en}\n\n${NOTICES.disclaimer.en}`)).toBe(true);
    expect(markdown.indexOf('## Sources')).toBeGreaterThan(markdown.indexOf('## Question 2'));
  });

  it('notes unverified figures under their answer', () => {
    const markdown = conversationMarkdown(conversation('unverified-zh'), { t, attribution: 'A', disclaimer: 'D' });
    expect(markdown).toContain('> Figures that could not be verified: 42');
  });

  it('downloads the conversation from the Export button, with the permalink copied on request', async () => {
    const user = userEvent.setup();
    fakeFetch({ 'GET /api/sources': () => json({ items: [], total: 0, ...NOTICES }) });
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderChat(<ConversationActions id="abc-123" messages={conversation('occupation')} canShare />);
    await user.click(screen.getByRole('button', { name: 'Export as Markdown' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.filename).toBe('how-exposed-are-bookkeepers.md');
    expect(downloads[0]!.mediaType).toBe('text/markdown;charset=utf-8');
    expect(downloads[0]!.text).toContain(NOTICES.disclaimer.en);
    expect(downloads[0]!.text).toContain(`Permalink: ${window.location.origin}/c/abc-123`);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/c/abc-123`);
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
  });
});
