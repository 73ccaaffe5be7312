// The dispute board in a real browser: two reviewers line up, grade and decide, an
// editor publishes and the board locks — with JavaScript (keyboard shortcuts) and
// without (plain forms). axe-core checks the board; screenshots go to tests/artifacts/.
import type { Browser, Page } from 'playwright-core';
import { makeCase } from '../support/factories';
import { makeClaims, makeDispute } from '../support/board';
import { createTestApp, signedIn, type TestApp } from '../support/app';
import { launchBrowser, screenshot, seriousViolations, serve, signedInPage } from '../support/browser';

let t: TestApp;
let browser: Browser;
let server: { base: string; close(): Promise<void> };
const emails: Record<'a' | 'b' | 'editor', string> = { a: '', b: '', editor: '' };
beforeAll(async () => {
  t = await createTestApp();
  emails.a = (await signedIn(t, 'reviewer', { displayName: 'Rae Reviewer' })).user.email;
  emails.b = (await signedIn(t, 'reviewer', { displayName: 'Sam Second' })).user.email;
  emails.editor = (await signedIn(t, 'editor', { displayName: 'Eda Editor' })).user.email;
  server = await serve(t);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t.destroy();
});

const US = 'the strike targeted combatants attempting to launch one-way attack uncrewed aerial systems';
const US2 = 'the drones posed a threat to US and coalition forces';
const KH = 'the strike hit a group of drone experts who were carrying out new tests';
const IRAQ = 'a heinous crime and blatant aggression';

/** The seed article's Babylon dispute: the US official's and Kataeb Hezbollah's claims in different columns. */
async function babylonBoard(): Promise<number> {
  const kase = await makeCase(t.db, { title: 'Babylon strike' });
  const us = [...(await makeClaims(t.db, kase.id, 1, { sourceName: 'US defence official', content: US })), ...(await makeClaims(t.db, kase.id, 1, { sourceName: 'US defence official', content: US2 }))];
  const kh = await makeClaims(t.db, kase.id, 1, { sourceName: 'Kataeb Hezbollah', content: KH });
  await makeClaims(t.db, kase.id, 1, { sourceName: 'Iraqi military spokesman', content: IRAQ });
  const { dispute } = await makeDispute(t.db, kase.id, ['Combatants about to launch attack drones', 'Drone experts testing surveillance drones', 'Two Hashed al-Shaabi patrols'], [us.map((c) => c.id), kh.map((c) => c.id)]);
  await t.db('disputes').where({ id: dispute.id }).update({ question: 'What did the US strike in Babylon province target?' });
  return dispute.id;
}

const column = (page: Page, i: number) => page.locator('.column').nth(i);
const card = (page: Page, words: string) => page.locator('.bcard', { hasText: words });

async function recordVerdict(page: Page, positionLabel: string, rationale: string): Promise<void> {
  const form = page.locator('#verdict-form');
  await form.locator('label', { hasText: positionLabel }).locator('input[name=outcome]').check();
  await form.locator('select[name=likelihood]').selectOption('likely');
  await form.locator('input[name=confidence][value=moderate]').check();
  await form.locator('textarea[name=rationale]').fill(rationale);
  await form.locator('input[name=evidence]').first().check();
  await Promise.all([page.waitForURL(/#verdicts$/), form.locator('button[type=submit]').click()]);
}

for (const js of [true, false]) {
  jest.setTimeout(30000);
  const tag = js ? 'js' : 'nojs';
  describe(`dispute board ${js ? 'with' : 'without'} JavaScript`, () => {
    it('lines up, grades, decides with two reviewers, publishes and locks', async () => {
      const id = await babylonBoard();
      const a = await signedInPage(browser, server.base, emails.a, { javaScriptEnabled: js });
      try {
        const page = a.page;
        page.setDefaultTimeout(5000);
        await page.goto(`${server.base}/disputes/${id}`);
        expect(await page.locator('.column').count()).toBe(3);
        expect(await column(page, 0).locator('.bcard').count()).toBe(2);
        await screenshot(page, `board-${tag}`);
        if (js) expect(await seriousViolations(page)).toEqual([]); // axe runs as a script in the page

        // Move the second US card to the third column, then grade the KH claim.
        if (js) {
          await card(page, US2).focus();
          await page.keyboard.press('l');
          await expect(column(page, 1).locator('.bcard', { hasText: US2 }).waitFor()).resolves.toBeUndefined();
          await column(page, 1).locator('.bcard', { hasText: US2 }).focus();
          await page.keyboard.press('l');
          await column(page, 2).locator('.bcard', { hasText: US2 }).waitFor();
          // Drag and drop: the KH card to column C, then h brings it back to B.
          await card(page, KH).dragTo(column(page, 2));
          await column(page, 2).locator('.bcard', { hasText: KH }).waitFor();
          await column(page, 2).locator('.bcard', { hasText: KH }).focus();
          await page.keyboard.press('h');
          await column(page, 1).locator('.bcard', { hasText: KH }).waitFor();
          await card(page, KH).focus();
          await page.keyboard.press('4');
          await page.locator('.bcard', { hasText: KH }).locator('.cred-value', { hasText: '4' }).waitFor();
          // The card's own forms open in place and save without leaving the board.
          expect(await page.locator('.bcard form').count()).toBe(0);
          await card(page, KH).getByRole('link', { name: 'Move or grade' }).click();
          await card(page, KH).locator('form.js-grade select[name=confidence]').selectOption('moderate');
          await card(page, KH).locator('button', { hasText: 'Save grades' }).click();
          await card(page, KH).locator('.claim-grades', { hasText: 'confidence moderate' }).waitFor();
          expect(await page.locator('.bcard form').count()).toBe(0);
          // So do a column's tools: rename the third column in place.
          expect(await page.locator('.column-tools').count()).toBe(0);
          await column(page, 2).getByRole('link', { name: 'Edit position' }).click();
          await column(page, 2).locator('.column-tools input[name=label]').fill('Third account');
          await column(page, 2).locator('.column-tools button', { hasText: 'Rename' }).click();
          await column(page, 2).locator('h2', { hasText: 'Third account' }).waitFor();
          expect(await page.locator('.column-tools').count()).toBe(0);
        } else {
          // Only the card asked for carries its forms (?card=…); the others keep a link.
          expect(await page.locator('.bcard form').count()).toBe(0);
          const c = card(page, US2);
          await Promise.all([page.waitForURL(/\?card=\d+#card-\d+$/), c.getByRole('link', { name: 'Move or grade' }).click()]);
          expect(await page.locator('.bcard form.js-move').count()).toBe(1);
          await c.locator('form.js-move select[name=positionId]').selectOption({ label: 'Two Hashed al-Shaabi patrols' });
          await Promise.all([page.waitForURL(/#card-\d+$/), c.locator('form.js-move button').click()]);
          await column(page, 2).locator('.bcard', { hasText: US2 }).waitFor();
          const k = card(page, KH);
          await Promise.all([page.waitForURL(/\?card=\d+#card-\d+$/), k.getByRole('link', { name: 'Move or grade' }).click()]);
          await k.locator('select[name=credibility]').selectOption('4');
          await k.locator('select[name=confidence]').selectOption('moderate');
          await Promise.all([page.waitForURL(/#claim-\d+$/), k.locator('button', { hasText: 'Save grades' }).click()]);
        }
        expect(await card(page, KH).locator('.cred-value').innerText()).toBe('4');
        expect(await card(page, KH).locator('.claim-grades').innerText()).toContain('confidence moderate');

        // The picker is loaded when opened (in place, filter focused, with JavaScript) and places a claim.
        expect(await page.locator('.picker-item').count()).toBe(0);
        await page.getByRole('link', { name: 'Add claims to the board' }).click();
        const item = page.locator('.picker-item', { hasText: IRAQ });
        await item.waitFor();
        if (js) await page.locator('#picker-filter:focus').waitFor();
        await item.locator('input').check();
        await page.locator('.picker-form select[name=positionId]').selectOption({ label: 'Combatants about to launch attack drones' });
        await Promise.all([page.waitForURL(/#position-\d+$/), page.locator('.picker-form button[type=submit]').click()]);
        await column(page, 0).locator('.bcard', { hasText: IRAQ }).waitFor();
        expect(await column(page, 2).locator('.bcard').count()).toBe(1);

        await recordVerdict(page, 'Combatants about to launch', 'Specific, on the record, matches the drone debris.');
        expect(await page.locator('.agreement').innerText()).toContain('fewer than two reviewers');
      } finally {
        await a.context.close();
      }

      const b = await signedInPage(browser, server.base, emails.b, { javaScriptEnabled: js });
      try {
        const page = b.page;
        page.setDefaultTimeout(5000);
        await page.goto(`${server.base}/disputes/${id}`);
        expect(await page.locator('.verdict-panel').innerText()).toContain('Blind review');
        expect(await page.locator('.verdict-panel').innerText()).not.toContain('matches the drone debris');
        await recordVerdict(page, 'Drone experts testing', 'The group named the people and their work.');
        const panel = await page.locator('.verdict-panel').innerText();
        expect(panel).toContain('matches the drone debris');
        expect(panel).toContain('Agreement (Krippendorff’s α, nominal): 0.00');
        await screenshot(page, `board-verdicts-${tag}`);
      } finally {
        await b.context.close();
      }

      const e = await signedInPage(browser, server.base, emails.editor, { javaScriptEnabled: js });
      try {
        const page = e.page;
        page.setDefaultTimeout(5000);
        await page.goto(`${server.base}/disputes/${id}`);
        await page.locator('.publish-form > summary').click();
        const adopt = page.locator('.publish-form form').first();
        await adopt.locator('label', { hasText: 'Rae Reviewer' }).locator('input').check();
        await Promise.all([page.waitForURL(/#verdicts$/), adopt.locator('button[type=submit]').click()]);
        expect(await page.locator('.notice', { hasText: 'Published and locked' }).count()).toBe(1);
        expect(await page.locator('.published').innerText()).toContain('Combatants about to launch');
        expect(await page.locator('.bcard form.js-move').count()).toBe(0);
        expect(await page.locator('.bcard a.js-tools').count()).toBe(0);
        expect(await page.locator('#board[data-csrf]').count()).toBe(0);
        await screenshot(page, `board-published-${tag}`);
        await page.click('.breadcrumbs a:has-text("Babylon strike")');
        expect(await page.locator('.case-disputes').innerText()).toContain('reviewers disagree');
        await screenshot(page, `case-disputes-${tag}`);
        await page.goto(`${server.base}/disputes/${id}`);
        if (js) expect(await seriousViolations(page)).toEqual([]); // axe runs as a script in the page
      } finally {
        await e.context.close();
      }
    });
  });
}

describe('dispute board at tablet width', () => {
  it('keeps the columns side by side at 768 px', async () => {
    const id = await babylonBoard();
    const { context, page } = await signedInPage(browser, server.base, emails.a);
    try {
      await page.setViewportSize({ width: 768, height: 1000 });
      await page.goto(`${server.base}/disputes/${id}`);
      const boxes = await page.locator('.column').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
      expect(new Set(boxes.map(Math.round)).size).toBe(1);
      await screenshot(page, 'board-768');
    } finally {
      await context.close();
    }
  });
});
