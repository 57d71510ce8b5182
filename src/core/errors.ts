/**
 * Errors caused by what the user typed or chose (a date, a month, a group-by field), as opposed
 * to bugs. Hosts (CLI, task pane) catch InputError and show `text` in the user's language.
 */
import type { Lang, LocalText } from "./types";

export class InputError extends Error {
  override readonly name = "InputError";

  constructor(
    /** The message in both languages. */
    readonly text: LocalText,
    /** Stable machine id, e.g. "input.as-of", "input.group-by". */
    readonly code: string = "input"
  ) {
    super(text.en);
    // ES5 builds (the IE11 pane): Error() returns a new object, losing this class's prototype.
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** The message in one language. */
  textIn(lang: Lang): string {
    return this.text[lang];
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
