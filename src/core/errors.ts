/**
 * One error base for everything the product reports to a person. A TaizhangError carries a
 * stable code, a kind and its text in both languages:
 * - input: what the user typed or chose (a date, a month, a group-by field, saved rules);
 * - file: an input or output file that cannot be used (the CLI, the pane's last-month file);
 * - usage: bad command-line options;
 * - host: Excel or WPS refused or failed (protection, cell-edit mode, an old version);
 * - bug: anything else, i.e. a programming error: never dressed up as the user's mistake.
 * Hosts catch errors once and word them with `errorReport`.
 */
import type { Lang, LocalText } from "./types";

export type ErrorKind = "input" | "file" | "usage" | "host" | "bug";

export class TaizhangError extends Error {
  constructor(
    readonly kind: Exclude<ErrorKind, "bug">,
    /** The message in both languages. */
    readonly text: LocalText,
    /** Stable machine id, e.g. "input.as-of", "excel.AccessDenied", "file". */
    readonly code: string
  ) {
    super(text.en);
    this.name = new.target.name;
    // ES5 builds (the IE11 pane): Error() returns a new object, losing the subclass's prototype.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** The message in one language. */
  textIn(lang: Lang): string {
    return this.text[lang];
  }
}

/** A mistake in what the user typed or chose. */
export class InputError extends TaizhangError {
  constructor(text: LocalText, code = "input") {
    super("input", text, code);
  }
}

/** The spreadsheet host (Excel, WPS) refused or failed; `code` names the host's reason. */
export class HostError extends TaizhangError {
  constructor(text: LocalText, code: string) {
    super("host", text, code);
  }
}

export function isTaizhangError(error: unknown): error is TaizhangError {
  return error instanceof TaizhangError;
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}

/** What a caught value means for the person: its kind, its code and the words to show. */
export interface ErrorReport {
  kind: ErrorKind;
  code: string;
  text: LocalText;
}

/** Words for any thrown value: a TaizhangError's own text, or a bug with a short "please report". */
export function errorReport(error: unknown): ErrorReport {
  if (isTaizhangError(error)) return { kind: error.kind, code: error.code, text: error.text };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    kind: "bug",
    code: "bug",
    text: {
      "zh-CN": `台账助手内部出错（${detail}）。这不是您的操作问题；请重试，如仍出错，请把这段文字发给技术支持。`,
      en: `Taizhang hit an internal error (${detail}). This is not something you did; try again, and if it persists, send this text to support.`,
    },
  };
}
