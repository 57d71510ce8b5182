/**
 * The `taizhang` command line, given how to load each command: main.ts imports them (tests and
 * the TypeScript sources), bundle-entry.ts loads them on first use (the precompiled bundle, so
 * --help starts without the readers and writers). Returns the exit code once stdout has taken
 * everything written to it.
 */
import { version } from "../../package.json";
import { errorReport, isTaizhangError } from "../core/start";
import type { Lang } from "../core/index";
import { COMMANDS, langOf, parseCommand, type Command, type ParsedCommand } from "./args";
import { EXIT_OK, EXIT_USAGE } from "./commands/outcome";
import { commandHelp, generalHelp } from "./help";
import { StdoutError, type CliIo } from "./io";

export type CommandRunner = (parsed: ParsedCommand, io: CliIo) => Promise<number>;
export type CommandLoaders = Record<Command, () => Promise<CommandRunner>>;

/** Exit code when the reader of stdout went away (`| head`): 128 + SIGPIPE, as for other tools. */
export const EXIT_READER_LEFT = 141;
/** A bug in taizhang (EX_SOFTWARE of sysexits.h): never the user's input. */
export const EXIT_BUG = 70;

export async function runCommandLine(
  argv: string[],
  io: CliIo,
  commands: CommandLoaders
): Promise<number> {
  const lang = langOf(argv);
  try {
    const code = await dispatch(argv, io, commands, lang);
    await io.stdoutFlushed?.();
    return code;
  } catch (error) {
    if (error instanceof StdoutError) {
      if (error.readerLeft) return EXIT_READER_LEFT;
      io.stderr(`${error.text[lang]}\n`);
      return EXIT_USAGE;
    }
    // A programming error: say so in the user's language, with the stack for the report.
    const stack = error instanceof Error && error.stack ? `\n${error.stack}` : "";
    io.stderr(`${errorReport(error).text[lang]}${stack}\n`);
    return EXIT_BUG;
  }
}

async function dispatch(
  argv: string[],
  io: CliIo,
  commands: CommandLoaders,
  lang: Lang
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    io.stdout(generalHelp(lang));
    return first === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`taizhang ${version}\n`);
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
    const run = await commands[command]();
    return await run(parsed, io);
  } catch (error) {
    if (!isTaizhangError(error)) throw error; // a bug, or stdout failing: runCommandLine's
    const help =
      lang === "zh-CN" ? `查看用法：taizhang ${command} --help` : `See: taizhang ${command} --help`;
    io.stderr(error.kind === "usage" ? `${error.text[lang]}\n${help}\n` : `${error.text[lang]}\n`);
    return EXIT_USAGE;
  }
}
