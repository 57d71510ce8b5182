/**
 * The precompiled command: scripts/build-cli.mjs gives a bundle that behaves as the sources do,
 * with a small entry (start-up), and bin/taizhang.js runs it only while it matches the sources.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CliIo } from "../../src/cli/io";
import { runCli } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "county-2024-m09.xlsx");

type Main = (argv: string[], io: CliIo) => Promise<number>;

async function runBundled(main: Main, argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTty: false,
    columns: 80,
  };
  return { code: await main(argv, io), stdout, stderr };
}

describe("cli: the precompiled bundle", () => {
  let outdir: string;
  before(function () {
    this.timeout(120_000);
    outdir = join(mkdtempSync(join(tmpdir(), "tz-bundle-")), "dist-cli");
    const build = spawnSync(process.execPath, ["scripts/build-cli.mjs", "--outdir", outdir], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(build.status, 0, build.stderr);
  });

  it("gives the same help, version, errors and JSON report as the sources", async () => {
    const bundled = (await import(pathToFileURL(join(outdir, "taizhang.mjs")).href)) as {
      main: Main;
    };
    for (const argv of [
      ["--help"],
      ["--version"],
      ["check", "--help", "--lang", "en"],
      ["check", SAMPLE, "--bogus"],
      ["check", SAMPLE, "--json", "-"],
      ["check", SAMPLE, "--json", "-", "--pretty", "--lang", "en"],
      ["check", SAMPLE],
    ]) {
      const fromBundle = await runBundled(bundled.main, argv);
      assert.deepEqual(fromBundle, await runCli(argv), argv.join(" "));
    }
  });

  it("keeps the readers and writers out of the entry: --help parses a few KB, not MBs", () => {
    const size = (f: string) => statSync(join(outdir, f)).size;
    assert.ok(size("taizhang.mjs") < 64 * 1024, `entry ${size("taizhang.mjs")} bytes`);
    const entry = readFileSync(join(outdir, "taizhang.mjs"), "utf8");
    assert.doesNotMatch(entry, /exceljs|JSZip/);
    // What the entry loads before any command: its own code and the core's start-up leaves.
    const loaded = staticallyLoaded("taizhang.mjs");
    const bytes = [...loaded].reduce((sum, f) => sum + size(f), 0);
    assert.ok(bytes < 80 * 1024, `--help parses ${bytes} bytes (${[...loaded].join(", ")})`);
  });

  it("check loads neither SheetJS nor docx nor JSZip: each is a chunk of its own, loaded on demand", () => {
    const files = readdirSync(outdir).filter((f) => f.endsWith(".mjs"));
    const check = files.find((f) => f.startsWith("check-"))!;
    const loaded = staticallyLoaded(check);
    const code = [...loaded].map((f) => readFileSync(join(outdir, f), "utf8")).join("\n");
    assert.doesNotMatch(code, /node_modules\/(@e965\/xlsx|docx|jszip|exceljs)\//);
    const bytes = [...loaded].reduce((sum, f) => sum + statSync(join(outdir, f)).size, 0);
    assert.ok(bytes < 1024 * 1024, `check parses ${bytes} bytes at start`);
    for (const lazy of ["sheetjs-workbook-", "docx-"])
      assert.ok(
        files.some((f) => f.startsWith(lazy)),
        `${lazy}*.mjs`
      );
    assert.match(code, /import\("\.\/sheetjs-workbook-[A-Z0-9]+\.mjs"\)/);
    assert.match(code, /import\("\.\/docx-[A-Z0-9]+\.mjs"\)/);
  });

  /** A chunk and every chunk it imports statically, transitively. */
  function staticallyLoaded(file: string, loaded = new Set<string>()): Set<string> {
    if (loaded.has(file)) return loaded;
    loaded.add(file);
    const text = readFileSync(join(outdir, file), "utf8");
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?from "\.\/([^"]+\.mjs)"/gm))
      staticallyLoaded(m[1], loaded);
    return loaded;
  }

  it("records every source file it was built from with its modification time", () => {
    const { inputs } = JSON.parse(readFileSync(join(outdir, "inputs.json"), "utf8")) as {
      inputs: Record<string, number>;
    };
    for (const file of [
      "src/cli/bundle-entry.ts",
      "src/cli/commands/check.ts",
      "package.json",
      "scripts/build-cli.mjs",
    ])
      assert.equal(inputs[file], statSync(join(ROOT, file)).mtimeMs, file);
    assert.ok(!Object.keys(inputs).some((f) => f.includes("node_modules/exceljs")));
  });
});

describe("cli: bin/taizhang.js runs the bundle only while it is current", () => {
  /** A copy of the project's layout whose dist-cli holds a stand-in bundle that says so. */
  function layout(inputs: Record<string, number> | null): string {
    const root = mkdtempSync(join(tmpdir(), "tz-bin-"));
    mkdirSync(join(root, "bin"));
    copyFileSync(join(ROOT, "bin", "taizhang.js"), join(root, "bin", "taizhang.js"));
    for (const shared of ["src", "node_modules", "package.json"])
      symlinkSync(join(ROOT, shared), join(root, shared));
    if (inputs !== null) {
      mkdirSync(join(root, "dist-cli"));
      writeFileSync(
        join(root, "dist-cli", "taizhang.mjs"),
        'export async function main(argv) { process.stdout.write(`bundle ${argv.join(" ")}\\n`); return 3; }\n'
      );
      writeFileSync(join(root, "dist-cli", "inputs.json"), JSON.stringify({ inputs }));
    }
    return root;
  }
  const run = (root: string) =>
    spawnSync(process.execPath, [join(root, "bin", "taizhang.js"), "--version"], {
      encoding: "utf8",
    });
  const mtime = (file: string) => statSync(join(ROOT, file)).mtimeMs;

  it("runs the bundle when every recorded file is unchanged (and passes its exit code on)", () => {
    const current = run(layout({ "src/cli/main.ts": mtime("src/cli/main.ts") }));
    assert.equal(current.stdout, "bundle --version\n");
    assert.equal(current.status, 3);
  });

  it("runs the sources when a file changed, is gone, or there is no bundle", () => {
    const cases: (Record<string, number> | null)[] = [
      { "src/cli/main.ts": mtime("src/cli/main.ts") - 1000 },
      { "src/cli/main.ts": mtime("src/cli/main.ts"), "src/cli/gone.ts": 1 },
      null,
    ];
    for (const inputs of cases) {
      const root = layout(inputs);
      const result = run(root);
      assert.match(result.stdout, /^taizhang \d+\.\d+\.\d+\n$/, JSON.stringify(inputs));
      assert.equal(result.status, 0, result.stderr);
      rmSync(root, { recursive: true, force: true });
    }
  });
});
