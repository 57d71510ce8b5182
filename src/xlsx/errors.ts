/**
 * Problems with an input or output file (not with the ledger's data): the CLI turns them into
 * exit code 2 with the message in the user's language.
 */
import type { LocalText } from "../core/index";

export class FileProblem extends Error {
  constructor(
    readonly file: string,
    readonly text: LocalText
  ) {
    super(text.en);
    this.name = "FileProblem";
  }
}

/** A FileProblem whose message starts with the file name in both languages. */
export function fileProblem(file: string, zh: string, en: string): FileProblem {
  return new FileProblem(file, { "zh-CN": `${file}：${zh}`, en: `${file}: ${en}` });
}
