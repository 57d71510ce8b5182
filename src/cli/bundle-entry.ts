/**
 * Entry of the precompiled `taizhang` bundle (scripts/build-cli.mjs): main.ts's command line with
 * each command loaded on first use. Each import() is a chunk boundary for esbuild, so --help,
 * --version and argument errors start without parsing exceljs and the other readers and writers.
 * (Only for the bundle: under tsx's CommonJS hook import() is Node's own and finds no .ts file.)
 */
import { runCommandLine, type CommandLoaders } from "./command-line";
import { processIo, type CliIo } from "./io";

const COMMANDS: CommandLoaders = {
  check: async () => (await import("./commands/check")).checkCommand,
  reconcile: async () => (await import("./commands/reconcile")).reconcileCommand,
  consolidate: async () => (await import("./commands/consolidate")).consolidateCommand,
};

export function main(argv: string[], io: CliIo = processIo): Promise<number> {
  return runCommandLine(argv, io, COMMANDS);
}
