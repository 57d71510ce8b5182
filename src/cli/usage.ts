/** Usage errors (bad options): exit code 2 with the message and a pointer to --help. */
import type { LocalText } from "../core/index";

export class UsageError extends Error {
  constructor(readonly text: LocalText) {
    super(text.en);
    this.name = "UsageError";
  }
}

export function usageError(zh: string, en: string): UsageError {
  return new UsageError({ "zh-CN": zh, en });
}
