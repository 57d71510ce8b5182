/** Usage errors (bad options): exit code 2 with the message and a pointer to --help. */
import type { LocalText } from "../core/index";
import { TaizhangError } from "../core/start";

export class UsageError extends TaizhangError {
  constructor(text: LocalText) {
    super("usage", text, "usage");
  }
}

export function usageError(zh: string, en: string): UsageError {
  return new UsageError({ "zh-CN": zh, en });
}
