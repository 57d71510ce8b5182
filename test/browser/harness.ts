/**
 * Headless Chromium against the built preview (dist/): a tiny static server on 127.0.0.1, a fresh
 * browser profile, every request recorded (the pane must not reach any other origin), office.js's
 * CDN routed to the preview's stand-in, and screenshots under test-artifacts/browser/.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join, resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { BRIDGE_KEY } from "../../src/preview/bridge";
import { type Browser, launchChromium, requireChromium } from "../support/chromium";

export { type Browser, CHROMIUM, requireChromium } from "../support/chromium";

export const DIST = resolve(__dirname, "..", "..", "dist");
export const ARTIFACTS = resolve(__dirname, "..", "..", "test-artifacts", "browser");
export const PANE_WIDTH = 350;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";

import { serveDist } from "../../scripts/serve-dist";
export { serveDist };

export async function launch(): Promise<Browser> {
  const browser = await launchChromium({ width: 1100, height: 820 });
  // The preview loads no office.js; should anything ask for the CDN, it gets the stand-in, not the internet.
  await browser.context.route(OFFICE_CDN, (route) =>
    route.fulfill({
      contentType: "text/javascript",
      body: readFileSync(join(DIST, "office-standin.js")),
    })
  );
  return browser;
}

/** The pane's frame once its script has rendered. */
export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("#pane");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the pane iframe has no frame");
  await frame.waitForSelector("main");
  return frame;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
  const pane = await page.$("#pane");
  await pane?.screenshot({ path: join(ARTIFACTS, `${name}-pane.png`) });
}

/** Opens the preview page; a page error or a dialog fails the test. */
export async function open(
  browser: Browser,
  origin: string,
  query: string
): Promise<{ page: Page; pane: Frame }> {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => assert.fail(`page error: ${error.message}`));
  page.on("dialog", (dialog) => assert.fail(`a dialog opened: ${dialog.message()}`));
  await page.goto(`${origin}/preview.html${query}`);
  return { page, pane: await paneFrame(page) };
}

/**
 * Evaluates a JavaScript expression in the preview page, where the fake host lives: `b` is the
 * PreviewBridge, `arg` the JSON argument. (A string, not a function: tsx decorates compiled
 * functions with helpers that do not exist in the page.)
 */
export function inWorkbook<R>(page: Page, expression: string, arg: unknown = null): Promise<R> {
  const source = `(() => { const b = window.${BRIDGE_KEY}; const arg = ${JSON.stringify(arg)}; return (${expression}); })()`;
  return page.evaluate(source) as Promise<R>;
}

/** The values of sheets of the fake workbook (null for a sheet that does not exist). */
export function sheetValues(
  page: Page,
  names: string[]
): Promise<((number | string | boolean | null)[][] | null)[]> {
  return inWorkbook(
    page,
    "arg.map((name) => { const s = b.host.state.sheets.find((x) => x.name === name); return s ? Array.from(s.values, (r) => Array.from(r || [], (v) => (v === undefined ? null : v))) : null; })",
    names
  );
}

export async function skipWelcome(pane: Frame): Promise<void> {
  const welcome = pane.getByTestId("welcome");
  if (await welcome.isVisible()) await welcome.getByTestId("welcome-start").click();
}

export async function noticeText(pane: Frame): Promise<string> {
  return (await pane.getByTestId("notice").textContent({ timeout: 15000 })) ?? "";
}

export interface PreviewSession {
  /** http://127.0.0.1:port, serving dist/. */
  origin: string;
  browser: Browser;
}

/**
 * The hooks of a suite against the preview: serve dist/ and launch Chromium before, close both
 * after, and after each test assert that nothing requested another origin. Fields are set in before().
 */
export function previewSession(): PreviewSession {
  const session = {} as PreviewSession;
  let server: Server | undefined;
  before(async function () {
    requireChromium(this);
    const served = await serveDist();
    server = served.server;
    session.origin = served.origin;
    session.browser = await launch();
  });
  after(async function () {
    await session.browser?.close();
    server?.close();
  });
  afterEach(function () {
    const foreign = session.browser.requests.filter((url) => !url.startsWith(`${session.origin}/`));
    assert.deepEqual(foreign, [], "the pane or the preview requested another origin");
  });
  return session;
}

/** The pane fits its width: nothing scrolls sideways. */
export async function assertNoSidewaysScroll(pane: Frame): Promise<void> {
  const overflow = await pane.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  assert.equal(overflow, 0, "the pane scrolls sideways");
}
