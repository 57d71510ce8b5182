/** Where the CLI writes: injectable so tests run main() in-process and read what it printed. */
import type { LocalText } from "../core/index";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Resolves once everything given to stdout so far has been taken by the reader (a pipe's
   * reader caught up, a file written); rejects with a StdoutError when writing failed. Long
   * outputs wait on it between chunks (memory stays flat behind a slow reader), and main() waits
   * on it before it returns. Absent for in-memory test output.
   */
  stdoutFlushed?: () => Promise<void>;
  /** True when stderr is a terminal (progress bar). */
  stderrIsTty: boolean;
  /** Terminal width for the progress bar. */
  columns: number;
}

/** Standard output could not be written: the reader went away (EPIPE) or the disk is full. */
export class StdoutError extends Error {
  constructor(readonly code: string) {
    super(`stdout: ${code}`);
    this.name = "StdoutError";
  }

  /** The reader closed the pipe (`| head`): not a failure to tell about. */
  get readerLeft(): boolean {
    return this.code === "EPIPE";
  }

  get text(): LocalText {
    return {
      "zh-CN": `无法写出到标准输出（${this.code}${this.code === "ENOSPC" ? "：磁盘已满" : ""}），输出不完整。`,
      en: `could not write to standard output (${this.code}${this.code === "ENOSPC" ? ": no space left on device" : ""}); the output is incomplete.`,
    };
  }
}

/** stdout with its failure remembered: after one, writes are dropped and flushes reject. */
function processStdout(): Pick<CliIo, "stdout" | "stdoutFlushed"> {
  let lastWrite: Promise<void> = Promise.resolve();
  let failure: string | null = null;
  let listening = false;
  return {
    stdout: (text) => {
      if (failure !== null) return;
      if (!listening) {
        // Also reported through the write callbacks; without a listener Node throws instead.
        process.stdout.on("error", () => {});
        listening = true;
      }
      lastWrite = new Promise((resolve) => {
        process.stdout.write(text, (error) => {
          if (error) failure ??= (error as NodeJS.ErrnoException).code ?? String(error);
          resolve();
        });
      });
    },
    // Writes complete in order: when the last one has, all have.
    stdoutFlushed: async () => {
      await lastWrite;
      if (failure !== null) throw new StdoutError(failure);
    },
  };
}

export const processIo: CliIo = {
  ...processStdout(),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTty: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns ?? 80,
};
