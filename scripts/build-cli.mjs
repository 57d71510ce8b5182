#!/usr/bin/env node
// Precompiles the `taizhang` command: src/cli/bundle-entry.ts and everything it imports (dependencies
// included, nothing external) into dist-cli/, so bin/taizhang.js starts without compiling
// TypeScript. Run by `npm ci` / `npm install` (prepare, with --if-possible) and `npm run build`.
//
// ES modules with code splitting: the entry (taizhang.mjs) holds only what --help, --version and
// argument checking need, and the commands with exceljs and the other readers and writers are
// chunks loaded when a command runs, so start-up does not parse 2.5 MB of JavaScript.
//
// Beside the bundle, inputs.json records the modification time of every project file it was
// made from, of this script, and of node_modules/.package-lock.json (npm rewrites it on every
// install): bin/taizhang.js runs the bundle only while all of them are unchanged, and otherwise
// the TypeScript sources through tsx, so an edit without a rebuild never runs stale code.
//
//   node scripts/build-cli.mjs [--outdir DIR] [--if-possible]
//   --if-possible  a failed build is a warning, not an error (install must not fail: the
//                  command then runs from the sources)
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outdirAt = args.indexOf("--outdir");
const OUTDIR = resolve(outdirAt >= 0 ? args[outdirAt + 1] : join(ROOT, "dist-cli"));
const IF_POSSIBLE = args.includes("--if-possible");
const ENTRY = "taizhang";
const INPUTS = "inputs.json";
const LOCKFILE = "node_modules/.package-lock.json";
/** Recorded beside the bundle's inputs: a change to how it is built outdates it too. */
const SELF = "scripts/build-cli.mjs";

/** Modification times of every file under src/, package.json, this script and npm's lockfile. */
function projectMtimes() {
  const times = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else times.set(path, statSync(join(ROOT, path)).mtimeMs);
    }
  };
  walk("src");
  for (const file of ["package.json", SELF, LOCKFILE]) {
    try {
      times.set(file, statSync(join(ROOT, file)).mtimeMs);
    } catch {
      // No hidden lockfile (another package manager): package.json still tells of upgrades.
    }
  }
  return times;
}

/** Builds into a fresh folder next to OUTDIR; returns the inputs record. */
async function buildInto(dir) {
  const { build } = await import("esbuild");
  // Taken before the build: a file saved while esbuild reads it then differs from the record.
  const before = projectMtimes();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { [ENTRY]: "src/cli/bundle-entry.ts" },
    outdir: dir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // Bundled CommonJS dependencies (exceljs, jszip…) call require() for Node's own modules.
    banner: {
      js: 'import { createRequire as __taizhangRequire } from "node:module"; const require = __taizhangRequire(import.meta.url);',
    },
    metafile: true,
    logLevel: "warning",
    // Readable stack traces in bug reports; the bundle is not downloaded by anyone.
    minify: false,
    legalComments: "none",
  });
  const inputs = {};
  for (const path of Object.keys(result.metafile.inputs)) {
    const file = relative(ROOT, resolve(ROOT, path)).split(sep).join("/");
    if (file.split("/").includes("node_modules")) continue;
    if (!before.has(file)) throw new Error(`unexpected input outside src/: ${file}`);
    inputs[file] = before.get(file);
  }
  for (const file of [SELF, LOCKFILE]) if (before.has(file)) inputs[file] = before.get(file);
  writeFileSync(join(dir, INPUTS), `${JSON.stringify({ inputs }, null, 1)}\n`);
  return inputs;
}

async function main() {
  const fresh = `${OUTDIR}.new-${process.pid}`;
  const old = `${OUTDIR}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(dirname(OUTDIR), { recursive: true });
  try {
    const inputs = await buildInto(fresh);
    // Swap whole folders: a run never mixes an entry and chunks of two builds (while the
    // folder is missing for a moment, bin/taizhang.js runs the sources).
    rmSync(old, { recursive: true, force: true });
    try {
      renameSync(OUTDIR, old);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
    renameSync(fresh, OUTDIR);
    rmSync(old, { recursive: true, force: true });
    process.stdout.write(
      `build-cli: ${relative(process.cwd(), join(OUTDIR, `${ENTRY}.mjs`)) || OUTDIR} from ${Object.keys(inputs).length} project files\n`
    );
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

main().catch((error) => {
  const detail = error && error.message ? error.message : String(error);
  if (IF_POSSIBLE) {
    process.stderr.write(
      `build-cli: the command was not precompiled (${detail.split("\n")[0]}); taizhang runs from the TypeScript sources instead (slower start). Retry with: npm run build:cli\n`
    );
  } else {
    process.stderr.write(`build-cli failed: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  }
});
