/**
 * Headless Chromium against the built preview (dist/): a tiny static server on 127.0.0.1, a fresh
 * browser profile, every request recorded (the pane must not reach any other origin), office.js's
 * CDN routed to the preview's stand-in, and screenshots under test-artifacts/browser/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Frame, Page } from "playwright-core";
import { type Browser, launchChromium } from "../support/chromium";

export { type Browser, CHROMIUM, requireChromium } from "../support/chromium";

export const DIST = resolve(__dirname, "..", "..", "dist");
export const ARTIFACTS = resolve(__dirname, "..", "..", "test-artifacts", "browser");
export const PANE_WIDTH = 350;
const OFFICE_CDN = "https://appsforoffice.microsoft.com/**";

export { serveDist } from "../../scripts/serve-dist";

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
