/** Runs the CLI in-process and captures what it prints. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";
import { writeFixtures, type FixtureName } from "../fixtures/workbooks/generate";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTty: false,
    columns: 80,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let fixtures: Promise<{ dir: string; paths: Record<FixtureName, string> }> | null = null;

/** The fixture workbooks, generated once per test run into a temp folder. */
export function fixtureWorkbooks(): Promise<{ dir: string; paths: Record<FixtureName, string> }> {
  fixtures ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-cli-"));
    return { dir, paths: await writeFixtures(join(dir, "fixtures")) };
  })();
  return fixtures;
}
