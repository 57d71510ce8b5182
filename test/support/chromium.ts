/**
 * Headless Chromium for the browser suites (playwright-core with Debian's chromium): one launch
 * with the flags this closed network needs, a fresh profile, and every request recorded so tests
 * can assert that nothing leaves the page's own origin.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Skips (with a message) only when Chromium is missing and CI is not set; under CI a missing
 * Chromium is a failure.
 */
export function requireChromium(context: Mocha.Context): void {
  if (existsSync(CHROMIUM)) return;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing (CI=true: browser tests must run)`);
  console.log(
    `    skipped: ${CHROMIUM} not found (apt-get install -y --no-install-recommends chromium fonts-noto-cjk); set CI=true to fail instead`
  );
  context.skip();
}

export interface Browser {
  context: BrowserContext;
  /** Every URL any page or frame requested. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchChromium(viewport: {
  width: number;
  height: number;
}): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "taizhang-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    viewport,
    args: FLAGS,
  });
  const requests: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
