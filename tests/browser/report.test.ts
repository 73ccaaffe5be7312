// The report as a reader sees it in Chromium: reached from the case page's Export menu,
// styled under its own Content-Security-Policy, without serious accessibility problems.
import type { Browser } from 'playwright-core';
import { createTestApp, signedIn, type TestApp } from '../support/app';
import { launchBrowser, screenshot, seriousViolations, serve, signedInPage } from '../support/browser';
import { makeReportFixture, type ReportFixture } from '../support/report-fixtures';

let t: TestApp;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let f: ReportFixture;
let email: string;
beforeAll(async () => {
  t = await createTestApp();
  f = await makeReportFixture(t.db);
  email = (await signedIn(t, 'viewer')).user.email;
  server = await serve(t);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  await t.destroy();
});

it('opens the HTML report from the Export menu, styled, with no CSP violation or serious axe finding', async () => {
  const { context, page } = await signedInPage(browser, server.base, email);
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await page.goto(`${server.base}/cases/${f.caseId}`);
  await page.click('summary:has-text("Export")');
  await screenshot(page, 'case-export-menu');
  await Promise.all([page.waitForURL(/export\.html$/), page.click('a:has-text("Report (HTML, printable)")')]);
  await page.waitForSelector('.verdict.published');
  // The stylesheet applied: the verdict box has its frame and the positions sit side by side.
  expect(await page.locator('.verdict.published').evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).borderTopStyle)).toBe('solid');
  const columns = await page.locator('.positions').first().evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).gridTemplateColumns);
  expect(columns.split(' ')).toHaveLength(2);
  expect(refused).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'case-report');
  await context.close();
});
