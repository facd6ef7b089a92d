/**
 * End to end in Debian's Chromium: the real server (local model, fresh embedded database) and the built
 * web app. Screenshots go to test/artifacts/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../evals/perf/server-process.ts';
import { seededDataDir } from '../support/test-app.ts';
import { launchBrowser, screenshot } from './browser.ts';
import { sidewaysOverflow } from './page-checks.ts';

let server: RunningServer;
let browser: Browser;
let permalink = '';

beforeAll(async () => {
  server = await startServer({ DATA_DIR: await seededDataDir(), DATABASE_URL: '', LOG_LEVEL: 'warn' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function ask(page: Page, question: string) {
  await page.getByRole('textbox', { name: /Your question|您的問題|你的問題/ }).fill(question);
  await page.keyboard.press('Enter');
  // The grounding mark is the last thing an answer shows: the stream has finished.
  await page.getByTestId('grounding-ok').last().waitFor({ timeout: 30_000 });
}

async function newPage(options: { width?: number; height?: number } = {}) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[browser]', error.message));
  return page;
}

describe('chat in the browser', () => {
  it('answers an occupation question with streamed text, an occupation card, citations and the grounding mark', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.getByTestId('empty-state').waitFor();
    await ask(page, 'How exposed are bookkeepers?');
    await expect(page.getByText('Accounting and Bookkeeping Clerks').first().isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('occupation-card').first().isVisible()).resolves.toBe(true);
    // A citation marker opens the source panel with the data row behind it.
    await page.getByRole('button', { name: 'Source 1' }).first().click();
    const panel = page.getByTestId('citation-panel');
    await panel.waitFor();
    await expect(panel.textContent()).resolves.toContain('ISCO-08 4311');
    await screenshot(page, 'chat-occupation');
    await page.keyboard.press('Escape');
    expect(page.url()).toMatch(/\/c\/[\w-]+$/);
    permalink = page.url();
    await page.context().close();
  });

  it('shows a ranking as a table and a bar chart', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await ask(page, 'Top 10 most exposed jobs');
    await page.getByTestId('ranked-occupations').first().waitFor();
    const chart = page.getByTestId('bar-chart').first();
    await chart.locator('canvas').waitFor();
    await expect(chart.textContent()).resolves.toContain('Data Entry Clerks');
    await screenshot(page, 'chat-ranking-chart');
    await page.context().close();
  });

  it('answers a country question with the estimate label and its validation error', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await ask(page, 'How exposed is Brazil?');
    const card = page.getByTestId('country-card').first();
    await card.waitFor();
    await expect(page.getByText("This project's estimate, not an ILO figure").first().isVisible()).resolves.toBe(true);
    await expect(page.locator('main').textContent()).resolves.toMatch(/average error/);
    await page.context().close();
  });

  it('answers a policy question from the findings, with the finding text in the source panel', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await ask(page, 'What does the ILO recommend for women?');
    await page.getByTestId('findings-list').first().waitFor();
    await page.getByRole('button', { name: 'Source 1' }).first().click();
    await expect(page.getByTestId('citation-panel').textContent()).resolves.toMatch(/women/i);
    await page.context().close();
  });

  it('works in Traditional Chinese: interface, suggestions and answers', async () => {
    const page = await newPage();
    await page.goto(server.url);
    await page.getByLabel('Language').selectOption('zh-TW');
    await expect(page.getByRole('link', { name: '職業' }).isVisible()).resolves.toBe(true);
    await ask(page, '台灣的情況如何?');
    await expect(page.getByText('本專案的估計值，並非 ILO 發布的數據').first().isVisible()).resolves.toBe(true);
    await page
      .getByRole('button', { name: /新對話|New conversation/ })
      .first()
      .click();
    await ask(page, '會計的暴露程度?');
    await expect(page.getByText('會計專業人員').first().isVisible()).resolves.toBe(true);
    await screenshot(page, 'chat-zh-tw');
    await page.context().close();
  });

  it('reaches the language switch, the citations and the source panel by keyboard', async () => {
    const page = await newPage();
    await page.goto(server.url);
    /** Presses Tab until the focused element matches, at most `limit` times; the name of what has focus. */
    const tabTo = async (selector: string, limit: number) => {
      for (let presses = 0; presses < limit; presses++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return true;
      }
      return false;
    };
    await expect(tabTo('select[aria-label="Language"]', 15)).resolves.toBe(true);
    await ask(page, 'How exposed are bookkeepers?');
    await page.locator('article.message-assistant').last().getByTestId('understood').click();
    await expect(tabTo('.answer-text button.cite', 40)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('citation-panel');
    await panel.waitFor();
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="citation-panel"]')))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.matches('.answer-text button.cite') ?? false)).resolves.toBe(true);
    await page.context().close();
  });

  it('offers Retry only after a failure, and Retry sends the question once', async () => {
    const page = await newPage();
    // The first request fails as a dropped connection would; the second goes through.
    let failed = false;
    await page.route('**/api/chat', (route) => {
      if (failed) return route.continue();
      failed = true;
      return route.abort('connectionreset');
    });
    await page.goto(server.url);
    await page.getByRole('textbox', { name: /Your question/ }).fill('How exposed are payroll clerks?');
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('grounding-ok').waitFor({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Retry' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 2, name: 'How exposed are payroll clerks?' }).count()).resolves.toBe(1);
    // What the server kept: the question once, and its answer.
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    await expect
      .poll(async () => {
        const saved = await (await fetch(`${server.url}/api/conversations/${id}`)).json();
        return (saved.messages ?? []).map((message: { role: string }) => message.role);
      })
      .toEqual(['user', 'assistant']);
    await page.context().close();
  });

  it('opens a permalink read-only in a fresh browser context', async () => {
    expect(permalink).not.toBe('');
    const page = await newPage();
    await page.goto(permalink);
    await page.getByTestId('read-only-conversation').waitFor();
    await page.getByText('Accounting and Bookkeeping Clerks').first().waitFor();
    await expect(page.getByTestId('grounding-ok').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('textbox', { name: /Your question/ }).count()).resolves.toBe(0);
    await screenshot(page, 'permalink-read-only');
    await page.context().close();
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const page = await newPage({ width: 375, height: 812 });
    await page.goto(server.url);
    await ask(page, 'bank tellers vs translators');
    await page.getByTestId('comparison-table').first().waitFor();
    const { overflow, culprits } = await sidewaysOverflow(page);
    expect(overflow, culprits.join(', ')).toBeLessThanOrEqual(1);
    await screenshot(page, 'phone-comparison');
    await page.context().close();
  });
});

describe('explorer in the browser', () => {
  it('filters occupations through the URL and downloads a CSV carrying the attribution', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/explore/occupations`);
    await page.getByLabel('Major group').selectOption('4');
    await page.waitForURL(/major=4/);
    await page.getByText('Data Entry Clerks').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /Download CSV/ })
        .first()
        .click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\n');
    expect(lines[0]).toMatch(/^# .*CC BY 4\.0/);
    expect(lines[1]).toMatch(/^# .*not endorsed by the ILO/);
    expect(csv).toContain('4132');
    // The filtered view is a link: opening it again restores the filter.
    const again = await newPage();
    await again.goto(page.url());
    await again.getByText('Data Entry Clerks').first().waitFor();
    await expect(again.getByLabel('Major group').inputValue()).resolves.toBe('4');
    await screenshot(page, 'explorer-occupations');
    await page.context().close();
    await again.context().close();
  });

  it('shows the country estimates with the method note', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/explore/countries`);
    await page.getByTestId('bar-chart').first().waitFor();
    await expect(page.locator('main').textContent()).resolves.toMatch(/this project's estimates, not ILO figures/i);
    await page.context().close();
  });
});
