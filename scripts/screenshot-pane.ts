/**
 * Screenshot of the built task pane (dist/) in headless Chromium, outside Excel: the preview page
 * (the real pane beside a fake workbook of the bundled samples), captured at the task-pane width
 * after detection, or on the check results with --quick.
 *
 *   npm run build
 *   npx tsx scripts/screenshot-pane.ts [--lang zh-CN|en] [--theme light|dark] [--quick]
 *       [--out test-artifacts/pane-zh-CN-light.png]
 *
 * Needs Chromium at /usr/bin/chromium (apt-get install chromium) and fonts-noto-cjk for Chinese.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DIST, launch, paneFrame, serveDist } from "../test/browser/harness";

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      lang: { type: "string", default: "zh-CN" },
      theme: { type: "string", default: "light" },
      quick: { type: "boolean", default: false },
      out: { type: "string" },
    },
  });
  const lang = args.lang as string;
  const theme = args.theme === "dark" ? "dark" : "light";
  const out = resolve(args.out ?? `test-artifacts/pane-${lang}-${theme}.png`);
  if (!existsSync(join(DIST, "preview.html")))
    throw new Error("dist/preview.html is missing: run `npm run build` first.");

  const { server, origin } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    page.on("pageerror", (error) => process.stderr.write(`page error: ${error.message}\n`));
    const mode = args.quick ? "&mode=quick" : "";
    await page.goto(`${origin}/preview.html?lang=${lang}&theme=${theme}${mode}`);
    const pane = await paneFrame(page);
    await pane.getByTestId(args.quick ? "totals" : "detect-verdict").waitFor({ timeout: 15000 });
    await (await page.$("#pane"))?.screenshot({ path: out });
    process.stdout.write(`${out}\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
