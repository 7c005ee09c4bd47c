import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRuntime } from './helpers.js';
import { startApp } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
// .ci/run installs Debian's chromium: in CI a missing browser is a failure, elsewhere the file says why it is skipped.
if (!haveChromium && process.env.CI === 'true') throw new Error(`the widget's browser tests need Chromium at ${CHROMIUM} (CI=true): apt-get install chromium`);
// eslint-disable-next-line no-console -- a skipped suite must say why, where the person running it sees it
if (!haveChromium) console.warn(`widget browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** Screenshots of the main states, for people to look at (two are in the README). */
const SHOTS = join(import.meta.dirname, '..', 'test-output', 'widget');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WAIT = { timeout: 15_000 };

describe.skipIf(!haveChromium)('the embeddable widget in a real browser', () => {
  let rt: TestRuntime;
  let browser: Browser;
  let host: Server;
  let api: string;
  let site: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // A clinic's own site on another origin (localhost vs 127.0.0.1, another port), with a content
    // security policy like a careful clinic's: scripts and API calls only from itself and the service.
    host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const attrs = ['locale', 'color', 'position']
        .map((k) => [k, url.searchParams.get(k)] as const)
        .filter(([, v]) => v)
        .map(([k, v]) => ` data-${k}="${v}"`)
        .join('');
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `default-src 'self'; script-src 'self' ${api}; connect-src ${api}; style-src 'self'`,
      });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Riverside Clinic</title></head>
<body><h1>Riverside Clinic</h1><p>Opening hours, directions and our team.</p>
<script src="${api}/widget.js" data-clinic="Riverside Clinic"${attrs} async></script></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
    const hostPort = (host.address() as { port: number }).port;
    site = `http://localhost:${hostPort}`;
    rt = await startApp({ WORKER_POLL_MS: '100', WEB_ALLOWED_ORIGINS: site, CLINIC_NAME: 'Riverside Clinic' });
    rt.background.start();
    await rt.app.listen({ port: 0, host: '127.0.0.1' });
    api = `http://127.0.0.1:${(rt.app.server.address() as { port: number }).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await rt?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  async function visit(options: BrowserContextOptions = {}, path = '/'): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'America/New_York', ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site}${path}`);
    return { page, errors, close: () => context.close() };
  }

  /** The accessible name of whatever has focus, looking inside the widget's shadow root. */
  const focused = (page: Page) =>
    page.evaluate(`(() => { let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      return a ? (a.getAttribute('aria-label') || (a.labels && a.labels[0] && a.labels[0].textContent) || a.textContent || '').trim() : null; })()`) as Promise<string | null>;

  async function say(page: Page, text: string, reply: RegExp): Promise<void> {
    await page.getByRole('textbox', { name: 'Message' }).fill(text);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('log').getByText(reply).last().waitFor(WAIT);
  }

  const inboundCount = async (text: string) => {
    const rows = await rt.svc.database.rows<{ body_enc: string }>(sql`select body_enc from messages where direction = 'in'`);
    return rows.filter((r) => rt.svc.crypto.decrypt(r.body_enc) === text).length;
  };

  it('embedded on another origin with one script tag: the launcher opens the dialog, and a mood check-in goes by quick replies', async () => {
    const { page, errors, close } = await visit();
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor(WAIT);
    // The host page's careless `button { text-transform: uppercase }` does not reach inside.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('[data-cbt-companion]').shadowRoot.querySelector('button span')).textTransform`)).toBe('none');
    await launcher.click();
    const dialog = page.getByRole('dialog', { name: 'Riverside Clinic' });
    await dialog.waitFor(WAIT);
    expect(await focused(page)).toBe('Message');
    await expect(dialog.getByText('Not an emergency service', { exact: false }).isVisible()).resolves.toBe(true);
    await say(page, 'hi', /automated CBT companion/);
    await dialog.getByRole('button', { name: 'Yes', exact: true }).click();
    await page.getByText(/quick mood check-in/).waitFor(WAIT);
    await dialog.getByRole('button', { name: '7', exact: true }).click();
    await page.getByText(/Which word fits best/).waitFor(WAIT);
    await dialog.getByRole('button', { name: 'Calm', exact: true }).click();
    await page.getByText(/calm, with your mood at 7 out of 10/).waitFor(WAIT);
    await page.screenshot({ path: join(SHOTS, 'desktop-chat.png') });
    expect(await page.getByRole('log').locator('li.msg--in').getByText(/^calm$/i).count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it('a clinic’s colour too light for white text is darkened until it reads (WCAG AA), and the launcher can sit on the left', async () => {
    const { page, close } = await visit({}, '/?color=%23ffd400&position=left');
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor(WAIT);
    const [r, g, b] = ((await page.evaluate(`getComputedStyle(document.querySelector('[data-cbt-companion]').shadowRoot.querySelector('.launcher')).backgroundColor`)) as string).match(/\d+/g)!.map(Number) as [number, number, number];
    const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    const contrast = 1.05 / (0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) + 0.05);
    expect(contrast).toBeGreaterThanOrEqual(4.5);
    expect(r).toBeGreaterThan(b); // still the clinic's yellow family, darkened
    expect((await launcher.boundingBox())!.x).toBeLessThan(100);
    await close();
  });

  it('works by keyboard alone: Tab to the launcher, Enter opens with focus in the message box, quick replies by Tab, Escape closes back to the launcher', async () => {
    const { page, close } = await visit();
    await page.getByRole('button', { name: 'Open chat' }).waitFor(WAIT);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Open chat');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Message');
    await page.keyboard.type('hello');
    await page.keyboard.press('Enter');
    await page.getByText(/automated CBT companion/).waitFor(WAIT);
    await page.getByRole('button', { name: 'Yes', exact: true }).waitFor(WAIT);
    for (let i = 0; i < 8 && (await focused(page)) !== 'Yes'; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Yes');
    await page.keyboard.press('Enter');
    await page.getByText(/quick mood check-in/).waitFor(WAIT);
    // The crisis link opens its panel by keyboard, and Escape closes it back to the link.
    for (let i = 0; i < 20 && !/In crisis\?/.test((await focused(page)) ?? ''); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Call 988' }).waitFor(WAIT);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatch(/In crisis\? Call or text 988/);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toBe('Open chat');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await close();
  });

  it('a reload keeps the conversation; what is typed offline is sent once when back online', async () => {
    const { page, close } = await visit();
    await page.getByRole('button', { name: 'Open chat' }).click();
    await say(page, 'hello there', /automated CBT companion/);
    await page.reload();
    // Still open, with the history.
    await page.getByRole('log').getByText('hello there').waitFor(WAIT);
    expect(await page.getByRole('log').getByText(/automated CBT companion/).count()).toBe(1);

    await page.context().setOffline(true);
    await page.getByRole('textbox', { name: 'Message' }).fill('typed while offline');
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await page.getByText(/You're offline\. Messages will be sent when you're back online/).waitFor(WAIT);
    await page.getByText('Not sent yet').waitFor(WAIT);
    expect(await inboundCount('typed while offline')).toBe(0);
    await page.context().setOffline(false);
    await expect.poll(() => page.locator('li.msg--pending').count(), WAIT).toBe(0);
    // A reply to it arrives, and it was stored once and shown once.
    await page.getByRole('log').getByText('typed while offline', { exact: true }).waitFor(WAIT);
    await page.waitForTimeout(1500);
    expect(await inboundCount('typed while offline')).toBe(1);
    expect(await page.getByRole('log').getByText('typed while offline', { exact: true }).count()).toBe(1);
    await close();
  });

  for (const viewport of [
    { width: 360, height: 740, name: 'mobile' },
    { width: 1280, height: 800, name: 'desktop' },
  ]) {
    it(`after a long chat at ${viewport.width} px the crisis panel opens on screen, numbers as tel: and sms: links`, async () => {
      const { page, close } = await visit({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
      await page.getByRole('button', { name: 'Open chat' }).click();
      await say(page, 'hi', /automated CBT companion/);
      for (const text of ['what is this', 'ok', 'tell me more', 'how does it work', 'thanks', 'menu', 'what can you do', 'ok thanks']) {
        const before = await page.getByRole('log').locator('li').count();
        await page.getByRole('textbox', { name: 'Message' }).fill(text);
        await page.getByRole('textbox', { name: 'Message' }).press('Enter');
        await page.getByRole('log').locator('li').nth(before + 1).waitFor(WAIT);
      }
      // The whole menu as quick replies: the newest message is still in view above them, not hidden below.
      await say(page, 'menu', /What would you like to do/);
      await page.getByRole('button', { name: 'Breathing exercise' }).waitFor(WAIT);
      await page.waitForTimeout(300);
      const newest = (await page.getByRole('log').locator('li').last().boundingBox())!;
      const log = (await page.getByRole('log').boundingBox())!;
      expect(log.height).toBeGreaterThan(120);
      expect(newest.y + newest.height).toBeLessThanOrEqual(log.y + log.height + 1);
      // Scrolled up to read, then answering: what was sent and its reply come into view.
      await page.evaluate(`document.querySelector('[data-cbt-companion]').shadowRoot.querySelector('[role=log]').scrollTop = 0`);
      await say(page, 'breathing', /box breathing/i);
      await page.waitForTimeout(300);
      const reply = (await page.getByRole('log').locator('li').last().boundingBox())!;
      expect(reply.y).toBeLessThan(log.y + log.height);
      expect(reply.y + Math.min(reply.height, 40)).toBeGreaterThan(log.y);
      const link = page.getByRole('button', { name: /In crisis\? Call or text 988/ });
      expect(await link.isVisible()).toBe(true);
      await link.click();
      const call = page.getByRole('link', { name: 'Call 988' });
      await call.waitFor(WAIT);
      expect(await call.getAttribute('href')).toBe('tel:988');
      expect(await page.getByRole('link', { name: 'Text HOME to 741741' }).getAttribute('href')).toBe('sms:741741?body=HOME');
      expect(await page.getByRole('link', { name: 'Emergency: call 911' }).getAttribute('href')).toBe('tel:911');
      const heading = page.getByRole('heading', { name: 'Crisis help, now' });
      for (const target of [heading, call, page.getByRole('link', { name: 'Emergency: call 911' }), page.getByRole('button', { name: 'Close crisis help' })]) {
        const box = (await target.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
      await page.screenshot({ path: join(SHOTS, `${viewport.name}-crisis.png`) });
      await close();
    });
  }

  it('a crisis reply stands out, with its numbers as links', async () => {
    const { page, close } = await visit({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.getByRole('button', { name: 'Open chat' }).click();
    await say(page, "i want to kill myself tonight, i have the pills ready", /988/);
    const crisis = page.getByRole('log').locator('li.msg--crisis');
    await crisis.first().waitFor(WAIT);
    expect(await crisis.first().getByText('Crisis support').count()).toBe(1);
    expect(await crisis.first().getByRole('link', { name: '988' }).first().getAttribute('href')).toBe('tel:988');
    await page.screenshot({ path: join(SHOTS, 'mobile-crisis-reply.png') });
    await close();
  });

  it('a Spanish browser gets every word of the page in Spanish, and the bot in Spanish', async () => {
    const { page, errors, close } = await visit({ locale: 'es-MX', timezoneId: 'America/Mexico_City' });
    await page.getByRole('button', { name: 'Abrir chat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Riverside Clinic' });
    await dialog.waitFor(WAIT);
    await dialog.getByRole('button', { name: '¿En crisis? Llama al 800 911 2000' }).waitFor(WAIT);
    expect(await dialog.getByText('No es un servicio de emergencias', { exact: false }).count()).toBe(1);
    await page.getByRole('textbox', { name: 'Mensaje' }).fill('hola');
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    await page.getByRole('log').getByText(/acompañante/i).first().waitFor(WAIT);
    expect(await page.getByRole('button', { name: 'Cerrar chat' }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'desktop-spanish.png') });
    expect(errors).toEqual([]);
    await close();
  });

  it('an expired session says so, keeps quiet until the patient agrees, then starts afresh', async () => {
    const { page, close } = await visit();
    await page.evaluate(`localStorage.setItem('cbt-companion:${api}:Riverside Clinic', 'an.expired.token'); sessionStorage.setItem('cbt-companion:${api}:Riverside Clinic:open', '1')`);
    const before = (await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from patients`))[0]!.n;
    await page.reload();
    await page.getByRole('alert').getByText(/This conversation has ended/).waitFor(WAIT);
    expect((await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from patients`))[0]!.n).toBe(before);
    await page.getByRole('button', { name: 'Start a new conversation' }).click();
    await say(page, 'hi', /automated CBT companion/);
    expect((await rt.svc.database.rows<{ n: number }>(sql`select count(*)::int as n from patients`))[0]!.n).toBe(before + 1);
    await close();
  });

  it('shows what a patient types as text, never as HTML', async () => {
    const { page, close } = await visit();
    await page.getByRole('button', { name: 'Open chat' }).click();
    const sneaky = '<img src=x onerror="document.title=\'owned\'"> hello';
    await say(page, sneaky, /automated CBT companion/);
    expect(await page.getByRole('log').locator('img').count()).toBe(0);
    expect(await page.getByRole('log').getByText(sneaky, { exact: true }).count()).toBe(1);
    expect(await page.title()).not.toBe('owned');
    await close();
  });

  it('the open panel passes an axe-core scan with no serious or critical violations', async () => {
    const { page, close } = await visit({ bypassCSP: true });
    await page.getByRole('button', { name: 'Open chat' }).click();
    await say(page, 'hi', /automated CBT companion/);
    await page.getByRole('button', { name: 'Yes', exact: true }).waitFor(WAIT);
    await page.evaluate(AXE);
    const scan = async () =>
      (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
        .then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: /In crisis\?/ }).click();
    await page.getByRole('link', { name: 'Call 988' }).waitFor(WAIT);
    expect(await scan()).toEqual([]);
    await close();
  });

  it('at 200 % zoom (a 640 px wide window) and at 320 px the composer and the crisis link stay usable', async () => {
    for (const viewport of [
      { width: 640, height: 400 },
      { width: 320, height: 568 },
    ]) {
      const { page, close } = await visit({ viewport });
      await page.getByRole('button', { name: 'Open chat' }).click();
      for (const target of [page.getByRole('textbox', { name: 'Message' }), page.getByRole('button', { name: 'Send', exact: true }), page.getByRole('button', { name: /In crisis\?/ })]) {
        const box = (await target.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      }
      await say(page, 'hi', /automated CBT companion/);
      await close();
    }
  });
});
