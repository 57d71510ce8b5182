/**
 * Writing results: workbooks and JSON to files (never over an input), JSON to stdout with "-".
 */
import { realpathSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileProblem } from "../xlsx/errors";
import type { Lang } from "../core/types";
import { say } from "../core/summaries/labels";
import type { CliIo } from "./io";
import { usageError } from "./usage";

/** Refuses output paths (--out, --json; "-" is stdout) that are one of the inputs. */
export function assertOutputsAreNotInputs(outputs: (string | undefined)[], inputs: string[]): void {
  for (const output of outputs)
    if (output !== undefined && output !== "-") assertNotAnInput(output, inputs);
}

/** Refuses an output path that is one of the inputs (the input is never written to). */
function assertNotAnInput(output: string, inputs: string[]): void {
  const target = canonical(output);
  const clash = inputs.find((input) => canonical(input) === target);
  if (clash !== undefined) {
    throw usageError(
      `输出文件不能是输入文件本身（${output}），原台账不会被改写。请换一个文件名。`,
      `the output file cannot be the input itself (${output}); the ledger is never written to. Choose another name.`
    );
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

export async function writeOutputFile(path: string, bytes: Buffer | string): Promise<void> {
  try {
    // Create the output folder ("out/report.xlsx" on a fresh clone), as users expect.
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw fileProblem(
      path,
      `无法写入（${code}）。文件是否正在 Excel 中打开，或没有写入权限？`,
      `cannot be written (${code}). Is it open in Excel, or is the folder read-only?`
    );
  }
}

/** JSON to a file, or to stdout when the path is "-". */
export async function writeJson(path: string, value: unknown, io: CliIo): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (path === "-") io.stdout(text);
  else await writeOutputFile(path, text);
}

/** Tells on stderr which files were written (stdout stays clean for --json -). */
export function reportWritten(outputs: (string | undefined)[], io: CliIo, lang: Lang): void {
  for (const path of outputs)
    if (path !== undefined && path !== "-")
      io.stderr(say(lang, `已写出：${path}\n`, `Wrote ${path}\n`));
}
