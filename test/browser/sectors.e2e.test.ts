/**
 * The Sectors pages in Debian's Chromium against the real server: the ranking, the heat map, the method
 * with its validation, a sector page with its occupation mix, the CSV with attribution and estimate label,
 * Chinese, the chat's sector cards, and no sideways scrolling at 1280 px or on a 375 px phone.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../evals/perf/server-process.ts';
import { seededDataDir } from '../support/test-app.ts';
import { launchBrowser, screenshot } from './browser.ts';
import { sidewaysOverflow } from './page-checks.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ DATA_DIR: await seededDataDir(), DATABASE_URL: '', LOG_LEVEL: 'warn' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(width: number, height = 900, language?: 'zh-TW') {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  if (language) await context.addInitScript(() => localStorage.setItem('genai-jobs-language', 'zh-TW'));
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[browser]', error.message));
  return page;
}

describe('the Sectors page', () => {
  it.each([1280, 375])('walks the ranking, heat map and method at %i px without sideways scrolling', async (width) => {
    const page = await newPage(width, width < 600 ? 812 : 900);
    await page.goto(`${server.url}/explore/sectors`);
    const ranking = page.getByTestId('sector-ranking');
    await ranking.waitFor();
    // Europe by default: finance first, every row a link to its sector page.
    await expect(ranking.locator('tbody tr').first().textContent()).resolves.toContain('Finance and insurance');
    await expect(page.locator('main').textContent()).resolves.toContain("This project's estimate");
    await page.getByTestId('bar-chart').first().locator('canvas').waitFor();
    await page.getByTestId('sector-heat-map').waitFor();
    await expect(page.getByTestId('sector-heat-map').locator('tbody tr').count()).resolves.toBe(34);
    await page.getByTestId('sector-validation').waitFor();
    await expect(page.getByTestId('sector-validation').textContent()).resolves.toContain('phl-brief-exposed-share');

    // Another area and measure, kept in the URL.
    await page.getByLabel('Country or region', { exact: true }).selectOption('USA');
    await page.getByLabel('Measure', { exact: true }).selectOption('wp140_gradient_4');
    await page.waitForURL(/area=USA.*measure=wp140_gradient_4/);
    await ranking.getByText('NAICS 52').first().waitFor();

    const { overflow, culprits } = await sidewaysOverflow(page);
    expect(overflow, culprits.join(', ')).toBeLessThanOrEqual(1);
    await screenshot(page, `sectors-${width}`);

    // Into one sector: its figures, occupation mix with the chart, caveats; also without sideways scrolling.
    await ranking.getByRole('link', { name: /Finance and Insurance/ }).click();
    await page.getByTestId('sector-occupations').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Finance and Insurance in United States/);
    await expect(page.getByTestId('sector-figures').textContent()).resolves.toMatch(/%|\d/);
    await expect(page.getByTestId('sector-occupations').textContent()).resolves.toContain('Customer Service Representatives');
    await expect(page.getByTestId('sector-caveats').textContent()).resolves.toContain('crosswalks');
    const sector = await sidewaysOverflow(page);
    expect(sector.overflow, sector.culprits.join(', ')).toBeLessThanOrEqual(1);
    await screenshot(page, `sector-us-finance-${width}`);
    await page.context().close();
  });

  it('downloads a CSV with the ILO attribution, the estimate label and the data sources', async () => {
    const page = await newPage(1280);
    await page.goto(`${server.url}/explore/sectors?area=DEU`);
    await page.getByTestId('sector-ranking').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).first().click(),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\n');
    expect(lines[0]).toMatch(/^# .*CC BY 4\.0/);
    expect(lines[1]).toMatch(/^# .*not endorsed by the ILO/);
    expect(lines[2]).toMatch(/^# This project's estimates, not ILO figures/);
    expect(lines[3]).toMatch(/^# .*Eurostat \(lfsa_eisn2\).*ILOSTAT.*Bureau of Labor Statistics.*ILO/);
    expect(lines.find((line) => /^1,K,/.test(line))).toBeDefined();
    await page.context().close();
  });

  it('speaks Traditional Chinese, and says plainly when a country has no sector data', async () => {
    const page = await newPage(375, 812, 'zh-TW');
    await page.goto(`${server.url}/explore/sectors/K?area=DEU`);
    await page.getByTestId('sector-occupations').waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('德國的金融及保險業');
    await expect(page.getByTestId('sector-caveats').textContent()).resolves.toContain('本專案的估計');
    const { overflow, culprits } = await sidewaysOverflow(page);
    expect(overflow, culprits.join(', ')).toBeLessThanOrEqual(1);
    await screenshot(page, 'sector-deu-finance-zh-375');
    await page.goto(`${server.url}/explore/sectors/K?area=TWN`);
    await page.getByTestId('no-sector-data').waitFor();
    await page.getByText('本專案的資料中沒有台灣各行業').waitFor();
    await expect(page.getByRole('link', { name: '查看台灣各職業類別的資料' }).getAttribute('href')).resolves.toBe('/explore/countries/TWN');
    await page.context().close();
  });

  it('answers sector questions in the chat with their cards, on a 375 px phone without sideways scrolling', async () => {
    const page = await newPage(375, 812);
    await page.goto(server.url);
    const questions = [
      ['Which sectors in Germany are most exposed?', 'ranked-sectors'],
      ['How exposed is the finance sector in the United States?', 'sector-card'],
    ] as const;
    for (const [question, card] of questions) {
      await page.getByRole('textbox', { name: 'Your question' }).fill(question);
      await page.keyboard.press('Enter');
      await page.getByTestId(card).last().waitFor({ timeout: 30_000 });
    }
    await expect(page.getByTestId('ranked-sectors').textContent()).resolves.toContain('Finance and insurance');
    await expect(page.getByTestId('sector-card').textContent()).resolves.toContain("This project's estimate, not an ILO figure");
    const { overflow, culprits } = await sidewaysOverflow(page);
    expect(overflow, culprits.join(', ')).toBeLessThanOrEqual(1);
    await screenshot(page, 'chat-sectors-375');
    await page.context().close();
  });
});
