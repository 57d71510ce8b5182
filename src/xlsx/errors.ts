/**
 * Problems with an input or output file (not with the ledger's data): the CLI turns them into
 * exit code 2 with the message in the user's language.
 */
import { TaizhangError, type LocalText } from "../core/index";

export class FileProblem extends TaizhangError {
  constructor(
    readonly file: string,
    text: LocalText
  ) {
    super("file", text, "file");
  }
}

/** A FileProblem whose message starts with the file name in both languages. */
export function fileProblem(file: string, zh: string, en: string): FileProblem {
  return new FileProblem(file, { "zh-CN": `${file}：${zh}`, en: `${file}: ${en}` });
}
