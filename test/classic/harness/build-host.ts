/** Bundles host-page.ts (the fake Excel host for the pane's frame) to ES5 with webpack. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";
const { es5TypeScriptRule } = require("../../../webpack.classic.config");

export function buildHostScript(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "taizhang-classic-harness-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: ["web", "es5"],
    entry: resolve(__dirname, "host-page.ts"),
    output: { path: out, filename: "host.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [es5TypeScriptRule("classic-harness")] },
  });
  return new Promise((done, fail) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) {
        fail(error ?? new Error(stats?.toString("errors-only") ?? "webpack failed"));
        return;
      }
      const script = readFileSync(join(out, "host.js"), "utf8");
      rmSync(out, { recursive: true, force: true });
      done(script);
    })
  );
}
