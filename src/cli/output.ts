/**
 * Writing results: workbooks and JSON to files (never over an input), JSON to stdout with "-".
 * A file is written to a temporary file in its folder and renamed over the target when complete,
 * so a failure never leaves a half-written file (nor the temporary one).
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, open, realpath, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Lang, SkippedSheet } from "../core/index";
import { say, skippedSheetText } from "../core/index";
import { fileProblem } from "../xlsx/errors";
import { findSameFile, sameFile } from "./file-identity";
import type { CliIo } from "./io";
import { writeJsonInChunks } from "./json-writer";
import { usageError } from "./usage";

/**
 * Refuses output paths (--out, --json; "-" is stdout) that are one of the inputs under any name
 * (hard or symbolic link, other case on a case-insensitive disk), and two outputs to one file.
 */
export async function assertOutputsAreNotInputs(
  outputs: (string | undefined)[],
  inputs: string[]
): Promise<void> {
  const files = outputs.filter((o): o is string => o !== undefined && o !== "-");
  for (const output of files)
    for (const input of inputs)
      if (await sameFile(output, input)) throw outputIsInput(output, input);
  const clash = await findSameFile(files);
  if (clash !== null) {
    const [a, b] = clash.map((i) => files[i]);
    const where = a === b ? a : `${a}、${b}`;
    throw usageError(
      `两个输出写到了同一个文件（${where}），后写的会覆盖先写的。请为 --json 和 --out 用不同的文件名。`,
      `two outputs go to one file (${a === b ? a : `${a}, ${b}`}); the second would overwrite the first. Give --json and --out different names.`
    );
  }
}

function outputIsInput(output: string, input: string) {
  if (resolve(output) === resolve(input)) {
    return usageError(
      `输出文件不能是输入文件本身（${output}），原台账不会被改写。请换一个文件名。`,
      `the output file cannot be the input itself (${output}); the ledger is never written to. Choose another name.`
    );
  }
  return usageError(
    `输出文件 ${output} 与输入文件 ${input} 是同一个文件（硬链接、快捷方式/符号链接，或只差大小写），写出会覆盖原台账。请换一个文件名。`,
    `the output ${output} is the input ${input} under another name (a hard or symbolic link, or a path differing only in case); writing it would overwrite the ledger. Choose another name.`
  );
}

export async function writeOutputFile(path: string, bytes: Buffer | string): Promise<void> {
  await writeThroughTemporaryFile(path, (file) => file.writeFile(bytes));
}

/** JSON (compact, or indented with `pretty`) to a file, or to stdout when the path is "-". */
export async function writeJson(
  path: string,
  value: unknown,
  io: CliIo,
  pretty = false
): Promise<void> {
  if (path === "-") {
    await writeJsonInChunks(value, pretty, async (chunk) => {
      io.stdout(chunk);
      // Behind a slow reader, wait rather than hold the whole report in the pipe's buffer.
      await io.stdoutFlushed?.();
    });
    return;
  }
  await writeThroughTemporaryFile(path, (file) =>
    writeJsonInChunks(value, pretty, (chunk) => writeAll(file, chunk), 1 << 20)
  );
}

/**
 * All of the text, or an error: a write may take only part of it (the disk filling up), and
 * FileHandle.write does not retry; the retry gets the error (ENOSPC).
 */
async function writeAll(file: FileHandle, text: string): Promise<void> {
  const bytes = Buffer.from(text, "utf8");
  for (let offset = 0; offset < bytes.length;) {
    const { bytesWritten } = await file.write(bytes, offset, bytes.length - offset);
    if (bytesWritten === 0) throw Object.assign(new Error("nothing written"), { code: "EIO" });
    offset += bytesWritten;
  }
}

/** Tells on stderr which report sheets were left out as empty, and why ("数据问题：未发现数据问题。"). */
export function reportSkippedSheets(skipped: SkippedSheet[], io: CliIo, lang: Lang): void {
  for (const sheet of skipped) io.stderr(`${skippedSheetText(sheet, lang)}\n`);
}

/** Tells on stderr which files were written (stdout stays clean for --json -). */
export function reportWritten(outputs: (string | undefined)[], io: CliIo, lang: Lang): void {
  for (const path of outputs)
    if (path !== undefined && path !== "-")
      io.stderr(say(lang, `已写出：${path}\n`, `Wrote ${path}\n`));
}

/**
 * Fills a new temporary file beside the target and renames it over the target once complete.
 * A symbolic link at the path is followed (the linked file is replaced, as a plain write would);
 * a device or pipe (--json /dev/stdout) is written to directly, never replaced.
 */
async function writeThroughTemporaryFile(
  path: string,
  fill: (file: FileHandle) => Promise<void>
): Promise<void> {
  let temp: string | null = null;
  try {
    const existing = await stat(path).catch(() => null);
    if (existing !== null && !existing.isFile() && !existing.isDirectory()) {
      await writeInPlace(path, fill);
      return;
    }
    // Create the output folder ("out/report.xlsx" on a fresh clone), as users expect.
    await mkdir(dirname(resolve(path)), { recursive: true });
    const target = await realpath(path).catch(() => resolve(path));
    const random = randomBytes(4).toString("hex");
    temp = join(dirname(target), `.${basename(target).slice(0, 80)}.${random}.tmp`);
    const file = await open(temp, "wx");
    try {
      await fill(file);
      await keepModeOf(target, temp);
    } finally {
      await file.close();
    }
    await rename(temp, target);
    temp = null;
  } catch (error) {
    if (temp !== null) await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw cannotWrite(path, code);
  }
}

async function writeInPlace(path: string, fill: (file: FileHandle) => Promise<void>) {
  const file = await open(path, "w");
  try {
    await fill(file);
  } finally {
    await file.close();
  }
}

/** An overwritten output keeps its permissions (a shared folder's group-writable report). */
async function keepModeOf(target: string, temp: string): Promise<void> {
  const existing = await stat(target).catch(() => null);
  if (existing) await chmod(temp, existing.mode & 0o7777);
}

function cannotWrite(path: string, code: string) {
  if (code === "ENOSPC" || code === "EDQUOT") {
    return fileProblem(
      path,
      `无法写入（${code}）：磁盘空间不足。`,
      `cannot be written (${code}): the disk is full.`
    );
  }
  return fileProblem(
    path,
    `无法写入（${code}）。文件是否正在 Excel 中打开，或没有写入权限？`,
    `cannot be written (${code}). Is it open in Excel, or is the folder read-only?`
  );
}
