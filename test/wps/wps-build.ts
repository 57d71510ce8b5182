/**
 * `npm run build:wps`, run at most once per test process (the build test and the WPS browser
 * test share it), and where its output lands.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

const addin = require("../../scripts/build-wps-addin.cjs") as {
  NAME: string;
  VERSION: string;
  TYPE: string;
  FOLDER: string;
  ARCHIVE: string;
  DIST: string;
};

export const WPS_ADDIN = { ...addin, folderPath: join(addin.DIST, addin.FOLDER) };

let outcome: { status: number | null; output: string } | null = null;

/**
 * Builds dist-wps/ (once); throws with the build's output when it fails. TAIZHANG_WPS_BUILT=1
 * takes the dist-wps/ already there (re-running a browser test after a build).
 */
export function buildWps(): string {
  if (process.env.TAIZHANG_WPS_BUILT === "1" && existsSync(WPS_ADDIN.folderPath)) return "";
  outcome ??= (() => {
    const r = spawnSync("npm", ["run", "--silent", "build:wps"], { cwd: ROOT, encoding: "utf8" });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  })();
  if (outcome.status !== 0) throw new Error(`npm run build:wps failed:\n${outcome.output}`);
  return outcome.output;
}
