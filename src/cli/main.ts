/**
 * The `taizhang` command line: `main(argv)` returns the exit code. Tests call main() in-process
 * with their own io; bin/taizhang.js runs it from the sources when the bundle (bundle-entry.ts)
 * is missing or out of date.
 */
import { runCommandLine, type CommandLoaders } from "./command-line";
import { checkCommand } from "./commands/check";
import { consolidateCommand } from "./commands/consolidate";
import { reconcileCommand } from "./commands/reconcile";
import { processIo, type CliIo } from "./io";

const COMMANDS: CommandLoaders = {
  check: async () => checkCommand,
  reconcile: async () => reconcileCommand,
  consolidate: async () => consolidateCommand,
};

export function main(argv: string[], io: CliIo = processIo): Promise<number> {
  return runCommandLine(argv, io, COMMANDS);
}
