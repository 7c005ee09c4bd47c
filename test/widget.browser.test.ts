import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// .ci/run installs Debian's chromium; on a machine without it this file says so and is skipped.
const haveChromium = existsSync(CHROMIUM);
// eslint-disable-next-line no-console -- a skipped suite must say why, where the person running it sees it
if (!haveChromium) console.warn(`widget browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

describe.skipIf(!haveChromium)('the chat page in a real browser', () => {
  let rt: TestRuntime;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    rt = await startApp({ WORKER_POLL_MS: '100' });
    rt.background.start();
    await rt.app.listen({ port: 0, host: '127.0.0.1' });
    const address = rt.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await rt?.close();
  });

  it('a patient says hi, taps quick replies through a mood check-in, and sees the replies', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.fill('#input', 'hi');
    await page.press('#input', 'Enter');
    await page.getByText(/automated CBT companion/).waitFor({ timeout: 10_000 });
    await page.locator('#quick button', { hasText: /^Yes$/ }).click();
    await page.getByText(/quick mood check-in/).waitFor({ timeout: 10_000 });
    await page.locator('#quick button', { hasText: /^7$/ }).click();
    await page.getByText(/Which word fits best/).waitFor({ timeout: 10_000 });
    await page.locator('#quick button', { hasText: 'Calm' }).click();
    await page.getByText(/calm, with your mood at 7 out of 10/).waitFor({ timeout: 10_000 });
    // The intake is offered; put off, the menu follows.
    await page.locator('#quick button', { hasText: 'Not now' }).click();
    await page.getByText(/No problem\./).waitFor({ timeout: 10_000 });
    expect(await page.locator('#quick button').allTextContents()).toContain('Breathing exercise');
    // Kept for people to look at: what the patient saw.
    await page.screenshot({ path: join(tmpdir(), 'cbt-widget.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows what a patient types as text, never as HTML', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    const sneaky = '<img src=x onerror="document.title=\'owned\'"> hello';
    await page.fill('#input', sneaky);
    await page.press('#input', 'Enter');
    await page.locator('.msg--in', { hasText: 'hello' }).last().waitFor({ timeout: 10_000 });
    expect(await page.locator('#log img').count()).toBe(0);
    expect(await page.locator('.msg--in').last().textContent()).toBe(sneaky);
    expect(await page.title()).not.toBe('owned');
  });

  it('"Get help now" shows the crisis resources for the patient’s locale, and the session survives a reload', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(base);
    await page.click('#help');
    await page.getByText(/Samaritans/).waitFor({ timeout: 10_000 });
    expect(await page.locator('#help-text').textContent()).toMatch(/116 123/);
    await page.fill('#input', 'hello');
    await page.press('#input', 'Enter');
    await page.getByText(/automated CBT companion/).waitFor({ timeout: 10_000 });
    await page.reload();
    await page.getByText(/automated CBT companion/).waitFor({ timeout: 10_000 });
    await context.close();
  });
});
