/**
 * A progress bar on stderr for large files, only when stderr is a terminal: stages, not bytes,
 * because exceljs reads a workbook in one call.
 */
import type { LocalText, Lang } from "../core/index";
import type { CliIo } from "./io";

export interface Progress {
  /** Called with the input size; decides whether to show anything. */
  start(bytes: number): void;
  step(label: LocalText): void;
  done(): void;
}

/** Files from this size on get a bar. */
export const LARGE_FILE_BYTES = 1_000_000;

export function createProgress(io: CliIo, lang: Lang, totalSteps: number): Progress {
  let enabled = false;
  let current = 0;
  const draw = (label: string) => {
    const width = Math.max(10, Math.min(30, io.columns - 40));
    const filled = Math.round((current / totalSteps) * width);
    io.stderr(
      `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${current}/${totalSteps} ${label}\x1b[K`
    );
  };
  return {
    start(bytes) {
      enabled = enabled || (io.stderrIsTty && bytes >= LARGE_FILE_BYTES);
    },
    step(label) {
      if (!enabled) return;
      current = Math.min(totalSteps, current + 1);
      draw(label[lang]);
    },
    done() {
      if (enabled) io.stderr("\r\x1b[K");
      enabled = false;
    },
  };
}
