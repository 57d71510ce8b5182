/**
 * Anything thrown by the adapter or the engine, as the pane shows it: what happened in plain words
 * and what to do next. Our errors (input, file, host) carry their own bilingual text; anything
 * else is a bug, said to be one (errorReport), with a "please report" next step.
 */
import { SAVED_RULES_CODE } from "../../app/options";
import type { PaneError } from "../../app/state";
import { errorReport, type ErrorKind, type LocalText } from "../../core/index";
import { TEXT } from "../i18n";

export type { PaneError };

/** Next steps by error code (prefix match); messages of the adapter often say it already. */
const NEXT_STEPS: [prefix: string, next: LocalText][] = [
  ["excel.sheet-not-found", TEXT.errorSheetGone],
  ["excel.ItemNotFound", TEXT.errorSheetGone],
  [SAVED_RULES_CODE, TEXT.errorRules],
  ["input", TEXT.errorInput],
];

/** The next step when no code says better, by kind. */
const NEXT_BY_KIND: Record<ErrorKind, LocalText> = {
  input: TEXT.errorRetry,
  file: TEXT.errorFile,
  usage: TEXT.errorRetry,
  host: TEXT.errorRetry,
  bug: TEXT.errorRetry,
};

export function paneErrorOf(error: unknown): PaneError {
  const { kind, code, text } = errorReport(error);
  const next = NEXT_STEPS.find(([prefix]) => code.startsWith(prefix))?.[1];
  return {
    message: text,
    next: kind === "file" ? TEXT.errorFile : (next ?? NEXT_BY_KIND[kind]),
    code: kind === "bug" ? "unexpected" : kind === "file" ? "file" : code,
  };
}
