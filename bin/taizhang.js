#!/usr/bin/env node
// Entry of the `taizhang` command. Runs the precompiled bundle (dist-cli/, built by
// `npm ci` / `npm run build:cli`) while it matches the sources, and otherwise the TypeScript
// sources through tsx: an edit to src/ without a rebuild is never run as stale code.
//
// The exit code is set, never forced with process.exit(): the process ends once everything
// written to stdout has reached the reader (a pipe drains after main() returns).
"use strict";
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const ROOT = join(__dirname, "..");
const DIST = join(ROOT, "dist-cli");

/** True when every file the bundle was built from still has the recorded modification time. */
function bundleIsCurrent() {
  try {
    const { inputs } = JSON.parse(readFileSync(join(DIST, "inputs.json"), "utf8"));
    for (const file of Object.keys(inputs))
      if (statSync(join(ROOT, file)).mtimeMs !== inputs[file]) return false;
    return true;
  } catch {
    // No bundle, or a file it was built from is gone: run the sources.
    return false;
  }
}

async function loadFromSources() {
  // tsx's loader handles TypeScript behind both require() and import() (sources may import()
  // a module lazily; tsx/cjs alone leaves that to Node, which finds no .ts file).
  await import("tsx");
  return require("../src/cli/main.ts");
}

function loadCli() {
  if (!bundleIsCurrent()) return loadFromSources();
  return import(pathToFileURL(join(DIST, "taizhang.mjs")).href).catch((error) => {
    // Removed between the check and the import (a rebuild swaps the folder): the sources.
    if (error && error.code === "ERR_MODULE_NOT_FOUND") return loadFromSources();
    throw error;
  });
}

loadCli()
  .then((cli) => cli.main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`${String((error && error.stack) || error)}\n`);
      process.exitCode = 2;
    }
  );
