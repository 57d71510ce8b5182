#!/usr/bin/env node
// The whole test command: static checks as single tests, then every mocha suite.
// Ends with the plain line "N passed, N failed" that CI reads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const steps = [
  {
    name: "typecheck (tsc --noEmit)",
    cmd: "npx",
    args: ["tsc", "--noEmit", "-p", "tsconfig.json"],
  },
  { name: "lint", cmd: "npm", args: ["run", "--silent", "lint"] },
  // Before validate and mocha: they check dist/ (the production manifest, pages and bundles).
  {
    name: "production build (npm run build)",
    cmd: "npm",
    args: ["run", "--silent", "build", "--", "--stats", "errors-warnings"],
  },
  {
    name: "manifest validates offline (npm run validate)",
    cmd: "npm",
    args: ["run", "--silent", "validate"],
  },
];
if (existsSync("scripts/audit-api.ts")) {
  steps.push({
    name: "Office API requirement-set audit",
    cmd: "npx",
    args: ["tsx", "scripts/audit-api.ts"],
  });
}

let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  process.stdout.write(`\n▶ ${step.name}\n`);
  const started = Date.now();
  const r = spawnSync(step.cmd, step.args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${r.status === 0 ? "✔" : "✘"} ${step.name} (${seconds} s)\n`);
  if (r.status === 0) passed++;
  else {
    failed++;
    failures.push(step.name);
  }
}

const statsFile = join(mkdtempSync(join(tmpdir(), "taizhang-test-")), "mocha.json");
process.stdout.write(`\n▶ mocha\n`);
const mochaStarted = Date.now();
// Extra arguments choose the spec files (npm test -- test/core/**/*.test.ts); default: all tests.
const specs = process.argv.length > 2 ? process.argv.slice(2) : ["test/**/*.test.ts"];
const mocha = spawnSync("npx", ["mocha", ...specs], {
  stdio: "inherit",
  env: { ...process.env, TAIZHANG_MOCHA_STATS: statsFile },
});
process.stdout.write(`mocha took ${((Date.now() - mochaStarted) / 1000).toFixed(1)} s\n`);
if (existsSync(statsFile)) {
  const stats = JSON.parse(readFileSync(statsFile, "utf8"));
  passed += stats.passes;
  failed += stats.failures;
  if (stats.failures > 0) failures.push(`${stats.failures} mocha test(s)`);
} else {
  failed++;
  failures.push(`mocha did not finish (exit ${mocha.status})`);
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join("; ")}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
