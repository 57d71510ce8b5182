/**
 * The `taizhang` command line: `main(argv)` returns the exit code (bin/taizhang.js exits with it).
 * Tests call main() in-process with their own io.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isInputError } from "../core/errors";
import { FileProblem } from "../xlsx/errors";
import { COMMANDS, langOf, parseCommand, type Command } from "./args";
import { checkCommand } from "./commands/check";
import { consolidateCommand } from "./commands/consolidate";
import { EXIT_OK, EXIT_USAGE } from "./commands/outcome";
import { reconcileCommand } from "./commands/reconcile";
import { commandHelp, generalHelp } from "./help";
import { processIo, type CliIo } from "./io";
import { UsageError } from "./usage";

const RUNNERS = {
  check: checkCommand,
  reconcile: reconcileCommand,
  consolidate: consolidateCommand,
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const lang = langOf(argv);
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(generalHelp(lang));
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  if (!COMMANDS.includes(first as Command)) {
    io.stderr(lang === "zh-CN" ? `未知命令：${first}\n\n` : `Unknown command: ${first}\n\n`);
    io.stderr(generalHelp(lang));
    return EXIT_USAGE;
  }
  const command = first as Command;
  try {
    const parsed = parseCommand(command, rest);
    if (parsed.options.help) {
      io.stdout(commandHelp(command, lang));
      return EXIT_OK;
    }
    return await RUNNERS[command](parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `${error.text[lang]}\n${lang === "zh-CN" ? `查看用法：taizhang ${command} --help` : `See: taizhang ${command} --help`}\n`
      );
      return EXIT_USAGE;
    }
    if (error instanceof FileProblem) {
      io.stderr(`${error.text[lang]}\n`);
      return EXIT_USAGE;
    }
    if (isInputError(error)) {
      io.stderr(`${error.textIn(lang)}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return `taizhang ${pkg.version}`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
