/**
 * Anything thrown by the adapter or the engine, as the pane shows it: what happened in plain words
 * and what to do next. InputErrors carry their own bilingual text; anything else is a bug or a
 * host failure, shown with its detail and a generic next step.
 */
import { SAVED_RULES_CODE } from "../../app/options";
import type { PaneError } from "../../app/state";
import { isInputError } from "../../core/index";
import type { LocalText } from "../../core/index";
import { FileProblem } from "../../xlsx/errors";
import { TEXT } from "../i18n";

export type { PaneError };

/** Next steps by error code (prefix match); messages of the adapter often say it already. */
const NEXT_STEPS: [prefix: string, next: LocalText][] = [
  ["excel.sheet-not-found", TEXT.errorSheetGone],
  ["excel.ItemNotFound", TEXT.errorSheetGone],
  [SAVED_RULES_CODE, TEXT.errorRules],
  ["input", TEXT.errorInput],
];

export function paneErrorOf(error: unknown): PaneError {
  // A file the user picked (last month's ledger) that cannot be read: the message names it.
  if (error instanceof FileProblem)
    return { message: error.text, next: TEXT.errorFile, code: "file" };
  if (isInputError(error)) {
    const next = NEXT_STEPS.find(([prefix]) => error.code.startsWith(prefix))?.[1];
    return { message: error.text, next: next ?? TEXT.errorRetry, code: error.code };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    message: {
      "zh-CN": `发生了意外错误：${detail}`,
      en: `Something unexpected went wrong: ${detail}`,
    },
    next: TEXT.errorRetry,
    code: "unexpected",
  };
}
