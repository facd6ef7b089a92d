/**
 * What a reader must never meet on a page, checked in the browser: a page wider than the window, a number
 * cut off, English labels on a Chinese page, and accessibility violations of serious or critical impact.
 * Each check returns what it found, so a failing test names the culprits.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** How far the page is wider than the window, and the first elements that stick out. */
export async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return {
      overflow: document.documentElement.scrollWidth - width,
      culprits: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => !element.closest('.table-scroll.scroll-cue, .visually-hidden'))
        // What a closed <details> holds is not on screen.
        .filter((element) => element.closest('summary') || !element.closest('details:not([open])'))
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`),
    };
  });
}

/**
 * Visible text with a digit that is cut off: by an ellipsis or hidden overflow of its own box, by an
 * ancestor that clips or scrolls it out of view, or by the edge of the window. Only a table that must stay
 * a grid and shows that it scrolls (`.table-scroll.scroll-cue`, which a keyboard can scroll) may hold
 * numbers out of view; every other table fits, as cards on a phone.
 */
export async function clippedNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    // No named helpers in here: a transpiler's keepNames would wrap them in a function the page lacks.
    for (const element of document.querySelectorAll('body *')) {
      const text = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (!/\d/.test(text) || element.closest('.visually-hidden, [aria-hidden="true"], svg, canvas')) continue;
      if (!element.closest('summary') && element.closest('details:not([open])')) continue;
      // Screen-reader-only text (a box clipped to nothing) is not on screen to be cut off.
      let hidden = false;
      for (let box: Element | null = element; box && !hidden; box = box.parentElement)
        hidden = getComputedStyle(box).clip === 'rect(0px, 0px, 0px, 0px)';
      if (hidden) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      const name = `${element.tagName.toLowerCase()} "${text.slice(0, 30)}"`;
      if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name}: cut off inside its own box`);
        continue;
      }
      const region = element.closest('.table-scroll.scroll-cue');
      let clipper: Element | null = element.parentElement;
      while (clipper && clipper !== document.body && getComputedStyle(clipper).overflowX === 'visible') clipper = clipper.parentElement;
      if (clipper && clipper !== document.body && !(region && clipper === region)) {
        const edge = clipper.getBoundingClientRect();
        if (box.right > edge.right + 1 || box.left < edge.left - 1) {
          found.push(`${name}: cut off by ${clipper.tagName.toLowerCase()}.${clipper.className}`);
          continue;
        }
      }
      if (!region && (box.right > width + 1 || box.left < -1)) found.push(`${name}: beyond the edge of the window`);
    }
    return found.slice(0, 10);
  });
}

/**
 * Words of English on a Chinese page: visible text of three or more Latin letters outside what is English
 * on purpose (marked lang="en": the ILO's task statements, publication titles, locators) and outside the
 * names that stay as they are in Chinese (ISCO-08, ILO, WP140, ESCO, CSV, NAICS…).
 */
export async function untranslatedText(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const KEPT =
      /^(ISCO|ILO|ILOSTAT|lfsa|eisn|WP\d*|ESCO|GenAI|AI|CSV|NAICS|SOC|ISIC|NACE|EU|EU27|OEWS|BLS|Eurostat|FY\d*|MCP|API|DOI|PDF|Markdown|CC|BY|GitHub|ISO\d*|GPT|Gemini|LLM|TWN|USA|DEU|BRA|[A-Z]{3})$/;
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.querySelector(selector) ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"], script, style, .visually-hidden, [aria-hidden="true"], code, kbd, option')) continue;
      if (parent.closest('[hidden]') || (!parent.closest('summary') && parent.closest('details:not([open])'))) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Authors' names in a citation ("Gmyrek, P.") and web addresses are not words to translate.
      const text = (node.textContent ?? '').replace(/[A-Z][A-Za-z-]+, (?:[A-Z]\.\s?)+/g, '').replace(/https?:\/\/\S+/g, '');
      const words = text.match(/[A-Za-z][A-Za-z'’]+(?:-[A-Za-z]+)*/g) ?? [];
      const english = words.filter((word) => word.length >= 3 && !KEPT.test(word));
      if (english.length > 0)
        found.add(`${parent.tagName.toLowerCase()} [${english.slice(0, 4).join(' ')}]: ${(node.textContent ?? '').trim().slice(0, 50)}`);
    }
    return [...found].slice(0, 12);
  }, root);
}

/** Accessibility violations of serious or critical impact (axe-core, WCAG 2.1 A and AA). */
export async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}
