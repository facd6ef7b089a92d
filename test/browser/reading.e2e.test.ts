/**
 * The app as a policymaker reads it, in Debian's Chromium against the real server: every kind of answer
 * and every explorer page, at 1280 px and on a 375 px phone, in English and Traditional Chinese. Each page
 * must fit the window, show every number whole, speak only Chinese on a Chinese page (besides what is
 * English on purpose, marked lang="en") and pass axe-core without serious or critical violations.
 * Screenshots of each go to test/artifacts/reading-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../evals/perf/server-process.ts';
import { seededDataDir } from '../support/test-app.ts';
import { ARTIFACTS_DIR, launchBrowser } from './browser.ts';
import { clippedNumbers, seriousAxeViolations, sidewaysOverflow, untranslatedText } from './page-checks.ts';

type Language = 'en' | 'zh-TW';

/** One question per kind of answer, each one the local model answers with that kind's card. */
const QUESTIONS: Record<Language, [kind: string, question: string, shows: string][]> = {
  en: [
    ['occupation', 'How exposed are bookkeepers?', 'occupation-card'],
    ['ranking', 'Top 10 most exposed jobs', 'ranked-occupations'],
    ['comparison', 'bank tellers vs translators', 'comparison-table'],
    ['group', 'How exposed are women in high-income countries?', 'group-figures'],
    ['country', 'How exposed is Taiwan?', 'country-card'],
    ['findings', 'What does the ILO recommend for women?', 'findings-list'],
  ],
  'zh-TW': [
    ['occupation', '會計的暴露程度？', 'occupation-card'],
    ['ranking', '哪些職業的暴露程度最高？', 'ranked-occupations'],
    ['comparison', '比較銀行櫃員與翻譯人員', 'comparison-table'],
    ['group', '高所得國家女性的暴露程度如何？', 'group-figures'],
    ['country', '台灣的情況如何？', 'country-card'],
    ['findings', 'ILO 對女性有什麼建議？', 'findings-list'],
  ],
};

/** Every kind of explorer page, and what shows it has loaded. */
const PAGES: [name: string, path: string, ready: string][] = [
  ['occupations', '/explore/occupations', 'table'],
  ['occupation', '/explore/occupations/4311', '[data-testid="task"]'],
  ['occupation-unscored', '/explore/occupations/0110', 'h1'],
  ['occupation-group', '/explore/occupations/41', 'table'],
  ['countries', '/explore/countries', 'table'],
  ['country', '/explore/countries/TWN', 'table'],
  ['sectors', '/explore/sectors', '[data-testid="sector-ranking"]'],
  ['sector', '/explore/sectors/K?area=DEU', '[data-testid="sector-occupations"]'],
  ['about', '/about', 'h1'],
];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({
    DATA_DIR: await seededDataDir(),
    DATABASE_URL: '',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  browser = await launchBrowser();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

async function newPage(language: Language) {
  const context = await browser.newContext({ viewport: DESKTOP });
  await context.addInitScript((chosen) => localStorage.setItem('genai-jobs-language', chosen), language);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('[browser]', error.message));
  return page;
}

/**
 * Charts draw once their module has loaded (one folded away counts once its canvas is there), and redraw to
 * the new width after the window changes: the checks read them drawn and fitted.
 */
async function chartsDrawn(page: Page, scope: Page | Locator) {
  for (const chart of await scope.getByTestId('bar-chart').all()) await chart.locator('canvas').waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="bar-chart"] canvas')]
      .filter((canvas) => !canvas.closest('details:not([open])'))
      .every((canvas) => canvas.getBoundingClientRect().width <= (canvas.parentElement?.getBoundingClientRect().width ?? 0) + 1),
  );
}

/** Everything a reader must never meet, on the page and (for a chat answer) in that answer. */
async function expectReadable(page: Page, language: Language, where: string, scope?: string) {
  const { overflow, culprits } = await sidewaysOverflow(page);
  expect(overflow, `${where}: wider than the window: ${culprits.join(', ')}`).toBeLessThanOrEqual(1);
  expect(await clippedNumbers(page), `${where}: numbers cut off`).toEqual([]);
  if (language === 'zh-TW') expect(await untranslatedText(page, scope ?? 'main'), `${where}: English on a Chinese page`).toEqual([]);
  // axe takes seconds a page on a busy machine: each page is checked in English at 1280 px and in Chinese at
  // 375 px, so every page meets it at both widths and in both languages, at half the cost.
  if ((language === 'en') === page.viewportSize()!.width >= 600)
    expect(await seriousAxeViolations(page, scope), `${where}: accessibility`).toEqual([]);
}

/**
 * The same page read on a desktop and then on a phone (the window narrows; nothing is loaded again), with a
 * screenshot of `target` at each width.
 */
async function expectReadableAtBothWidths(page: Page, language: Language, where: string, target: Page | Locator, scope?: string) {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    await chartsDrawn(page, target);
    await expectReadable(page, language, `${where} at ${viewport.width} px`, scope);
    const name = `reading-${where.replaceAll(' ', '-')}-${language}-${viewport.width}.png`;
    await target.screenshot({ path: join(ARTIFACTS_DIR, name), ...('goto' in target ? { fullPage: true } : {}) });
  }
  await page.setViewportSize(DESKTOP);
}

describe.each(['en', 'zh-TW'] as Language[])('in %s, at 1280 and 375 px', (language) => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(language);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('opens the chat whole, in the reader’s language', async () => {
    await page.goto(server.url);
    await page.getByTestId('empty-state').waitFor();
    await expectReadableAtBothWidths(page, language, 'chat start', page, 'body');
  });

  it.each(QUESTIONS[language])(
    'shows a %s answer whole, in the reader’s language, opening with what it answered',
    async (kind, question, shows) => {
      // Each answer in a conversation of its own, so that every check reads one answer.
      await page.goto(server.url);
      await page.getByRole('textbox', { name: /Your question|您的問題|你的問題/ }).fill(question);
      await page.keyboard.press('Enter');
      const answer = page.locator('article.message-assistant').last();
      await answer.getByTestId('grounding-ok').waitFor({ timeout: 60_000 });
      await answer.getByTestId(shows).first().waitFor();
      await expect(answer.getByTestId('understood').textContent()).resolves.toMatch(language === 'en' ? /^Answering: / : /^回答：/);
      await expectReadableAtBothWidths(page, language, `chat ${kind}`, answer, 'article.message-assistant');
    },
  );

  it.each(PAGES)('shows the explorer’s %s page whole, in the reader’s language', async (name, path, ready) => {
    await page.goto(`${server.url}${path}`);
    await page.locator(ready).first().waitFor();
    await expectReadableAtBothWidths(page, language, `explore ${name}`, page);
  });
});
