/**
 * Command-line options of every command, parsed with node:util parseArgs and checked here, so
 * the commands receive typed values and a mistake gets a usage message (exit 2) in the user's
 * language: parseArgs's own (English) errors are found first from its tokens and worded here.
 */
import { parseArgs } from "node:util";
import type { TimeMode } from "../core/index";
import { editDistance, isInputError, letterNumberProblem, parseLetterDate } from "../core/start";
import type { Lang } from "../core/index";
import { usageError } from "./usage";

export type Command = "check" | "reconcile" | "consolidate";
export const COMMANDS: readonly Command[] = ["check", "reconcile", "consolidate"];

export interface CommonOptions {
  lang: Lang;
  sheet?: string;
  rules?: string;
  usdRate?: number;
  asOf?: string;
  month?: number;
  timeMode?: TimeMode;
  groupBy?: string[];
  json?: string;
  /** Indented JSON (the default is compact). */
  pretty: boolean;
  out?: string;
  append: boolean;
  /** Folder for the 督导函 (.docx, one per unit). */
  letters?: string;
  /** The letters' date (YYYY-MM-DD); default today. */
  letterDate?: string;
  /** 文号 pattern with {year} and {n}. */
  letterNumber?: string;
  /** {n} of the first letter. */
  letterStart?: number;
  /** Sender of the letters. */
  issuer?: string;
  strict: boolean;
  help: boolean;
}

export interface ParsedCommand {
  command: Command;
  files: string[];
  options: CommonOptions;
}

const OPTION_SPEC = {
  sheet: { type: "string" },
  "as-of": { type: "string" },
  month: { type: "string" },
  "time-mode": { type: "string" },
  rules: { type: "string" },
  "usd-rate": { type: "string" },
  "group-by": { type: "string" },
  lang: { type: "string" },
  json: { type: "string" },
  pretty: { type: "boolean" },
  out: { type: "string" },
  append: { type: "boolean" },
  letters: { type: "string" },
  "letter-date": { type: "string" },
  "letter-number": { type: "string" },
  "letter-start": { type: "string" },
  issuer: { type: "string" },
  strict: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The options of the 督导函: the folder, and its settings (only with --letters). */
const LETTER_OPTIONS = [
  "letters",
  "letter-date",
  "letter-number",
  "letter-start",
  "issuer",
] as const;

/** Options each command accepts (beyond --help and --lang). */
const ALLOWED: Record<Command, readonly (keyof typeof OPTION_SPEC)[]> = {
  check: [
    "sheet",
    "as-of",
    "month",
    "time-mode",
    "rules",
    "usd-rate",
    "group-by",
    "json",
    "pretty",
    "out",
    "append",
    ...LETTER_OPTIONS,
    "strict",
  ],
  reconcile: ["sheet", "rules", "usd-rate", "json", "pretty", "out", "strict"],
  consolidate: [
    "sheet",
    "as-of",
    "month",
    "time-mode",
    "rules",
    "usd-rate",
    "group-by",
    "json",
    "pretty",
    "out",
    "strict",
  ],
};

/** The language asked for anywhere on the line (even before a parse error), default zh-CN. */
export function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "zh-CN";
  const value = argv[i].includes("=") ? argv[i].slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "zh-CN";
}

export function parseCommand(command: Command, args: string[]): ParsedCommand {
  assertWellFormed(args);
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTION_SPEC; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args, options: OPTION_SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    // Not expected after assertWellFormed; named by its code, not by Node's English text.
    const code = (error as NodeJS.ErrnoException).code ?? "?";
    throw usageError(`命令行参数有误（${code}）。`, `Bad arguments (${code}).`);
  }
  const v = parsed.values;
  for (const key of Object.keys(v) as (keyof typeof OPTION_SPEC)[]) {
    if (key !== "help" && key !== "lang" && !ALLOWED[command].includes(key)) {
      throw usageError(`${command} 命令不接受 --${key}。`, `${command} does not take --${key}.`);
    }
  }
  const options: CommonOptions = {
    lang: parseLang(v.lang),
    sheet: v.sheet,
    rules: v.rules,
    usdRate: v["usd-rate"] === undefined ? undefined : parsePositive(v["usd-rate"], "--usd-rate"),
    // The engine checks the date itself (InputError), as it does for the task pane.
    asOf: v["as-of"],
    month: v.month === undefined ? undefined : parseMonth(v.month),
    timeMode: v["time-mode"] === undefined ? undefined : parseTimeMode(v["time-mode"]),
    groupBy: v["group-by"] === undefined ? undefined : parseList(v["group-by"]),
    json: v.json,
    pretty: v.pretty ?? false,
    out: v.out,
    append: v.append ?? false,
    letters: v.letters,
    letterDate: v["letter-date"] === undefined ? undefined : checkLetterDate(v["letter-date"]),
    letterNumber:
      v["letter-number"] === undefined ? undefined : checkLetterNumber(v["letter-number"]),
    letterStart: v["letter-start"] === undefined ? undefined : parseLetterStart(v["letter-start"]),
    issuer: v.issuer,
    strict: v.strict ?? false,
    help: v.help ?? false,
  };
  if (!options.help) checkFiles(command, parsed.positionals, options);
  return { command, files: parsed.positionals, options };
}

type OptionName = keyof typeof OPTION_SPEC;

/**
 * The checks parseArgs makes in strict mode, made on its lenient tokens so the message is ours:
 * unknown option, string option without a value or followed by another option, value given to
 * a switch.
 */
function assertWellFormed(args: string[]): void {
  const { tokens } = parseArgs({
    args,
    options: OPTION_SPEC,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const { rawName: flag, value } = token;
    if (!Object.prototype.hasOwnProperty.call(OPTION_SPEC, token.name)) throw unknownOption(flag);
    const { type } = OPTION_SPEC[token.name as OptionName];
    if (type === "boolean" && value !== undefined) {
      throw usageError(
        `选项 ${flag} 不带取值（收到“${flag}=${value}”）。`,
        `option ${flag} takes no value (got "${flag}=${value}").`
      );
    }
    if (type === "string" && value === undefined) {
      throw usageError(`选项 ${flag} 缺少取值。`, `option ${flag} needs a value.`);
    }
    if (type === "string" && !token.inlineValue && value!.length > 1 && value!.startsWith("-")) {
      throw usageError(
        `选项 ${flag} 后面是“${value}”，像是另一个选项：是否漏写了 ${flag} 的取值？若取值本身以 - 开头，请写成 ${flag}=${value}。`,
        `option ${flag} is followed by "${value}", which looks like another option: is the value of ${flag} missing? If the value does start with "-", write ${flag}=${value}.`
      );
    }
  }
}

function unknownOption(flag: string) {
  const near = (Object.keys(OPTION_SPEC) as OptionName[])
    .map((name) => ({ name, distance: editDistance(flag.replace(/^-+/, ""), name) }))
    .filter((c) => c.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = near
    ? { zh: `是否想写 --${near.name}？`, en: ` Did you mean --${near.name}?` }
    : null;
  return usageError(
    `没有 ${flag} 这个选项。${hint?.zh ?? ""}（以 - 开头的文件名请写在 -- 之后：-- ${flag}）`,
    `unknown option ${flag}.${hint?.en ?? ""} (A file name starting with "-" goes after --: -- ${flag})`
  );
}

function checkFiles(command: Command, files: string[], options: CommonOptions): void {
  const count = files.length;
  if (command === "check" && count !== 1) {
    throw usageError(
      `check 需要且只需要一个台账文件，收到 ${count} 个。`,
      `check takes exactly one ledger file, got ${count}.`
    );
  }
  if (command === "reconcile" && count !== 2) {
    throw usageError(
      `reconcile 需要两个文件：上月台账 和 本月台账，收到 ${count} 个。`,
      `reconcile takes two files: previous and current ledger, got ${count}.`
    );
  }
  if (command === "consolidate" && count < 2) {
    throw usageError(
      `consolidate 至少需要两个台账文件，收到 ${count} 个。`,
      `consolidate takes at least two ledger files, got ${count}.`
    );
  }
  if (command === "consolidate" && !options.out) {
    throw usageError(
      "consolidate 需要 --out 指定汇总工作簿。",
      "consolidate needs --out for the merged workbook."
    );
  }
  if (options.append && !options.out) {
    throw usageError(
      "--append 需要 --out 指定副本的保存位置（原文件不会被改写）。",
      "--append needs --out: where to save the copy (the input is never written to)."
    );
  }
  const letterSettings = {
    "--letter-date": options.letterDate,
    "--letter-number": options.letterNumber,
    "--letter-start": options.letterStart,
    "--issuer": options.issuer,
  };
  const withoutLetters = Object.entries(letterSettings).filter(([, v]) => v !== undefined);
  if (options.letters === undefined && withoutLetters.length > 0) {
    const flags = withoutLetters.map(([flag]) => flag).join(" ");
    throw usageError(
      `${flags} 设置督导函，需与 --letters 文件夹 同用。`,
      `${flags} set the reminder letters: use with --letters FOLDER.`
    );
  }
  // --append keeps the input's kind, so its copy may be a macro workbook or a template.
  const outPattern = options.append ? /\.(xlsx|xlsm|xltx|xltm)$/i : /\.xlsx$/i;
  if (options.out !== undefined && !outPattern.test(options.out)) {
    throw usageError(
      options.append
        ? `--out 应是 .xlsx 文件（--append 时与原工作簿同类：.xlsx、.xlsm、.xltx 或 .xltm）：${options.out}`
        : `--out 应是 .xlsx 文件：${options.out}`,
      options.append
        ? `--out must be an .xlsx file (with --append, of the input's kind: .xlsx, .xlsm, .xltx or .xltm): ${options.out}`
        : `--out must be an .xlsx file: ${options.out}`
    );
  }
}

/** The core's own check of the date, worded as a usage error. */
function checkLetterDate(value: string): string {
  try {
    parseLetterDate(value);
    return value;
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw usageError(`--letter-date：${error.text["zh-CN"]}`, `--letter-date: ${error.text.en}`);
  }
}

function checkLetterNumber(value: string): string {
  const problem = letterNumberProblem(value);
  if (problem)
    throw usageError(`--letter-number：${problem["zh-CN"]}`, `--letter-number: ${problem.en}`);
  return value;
}

function parseLetterStart(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || value.trim() === "") {
    throw usageError(
      `--letter-start 应为正整数（第一份督导函的序号），收到 "${value}"。`,
      `--letter-start must be a whole number from 1 (the first letter's number), got "${value}".`
    );
  }
  return n;
}

function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === "zh-CN" || value === "zh") return "zh-CN";
  if (value === "en") return "en";
  throw usageError(
    `--lang 只能是 zh-CN 或 en，收到 "${value}"。`,
    `--lang must be zh-CN or en, got "${value}".`
  );
}

function parsePositive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || value.trim() === "") {
    throw usageError(
      `${flag} 应为正数，收到 "${value}"。`,
      `${flag} must be a positive number, got "${value}".`
    );
  }
  return n;
}

function parseMonth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 12) {
    throw usageError(
      `--month 应为 1 到 12 的整数，收到 "${value}"。`,
      `--month must be a whole number from 1 to 12, got "${value}".`
    );
  }
  return n;
}

function parseTimeMode(value: string): TimeMode {
  if (value === "month" || value === "day") return value;
  throw usageError(
    `--time-mode 只能是 month 或 day，收到 "${value}"。`,
    `--time-mode must be month or day, got "${value}".`
  );
}

function parseList(value: string): string[] {
  const items = value
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0)
    throw usageError("--group-by 不能为空。", "--group-by must not be empty.");
  return items;
}
