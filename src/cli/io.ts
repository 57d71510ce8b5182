/** Where the CLI writes: injectable so tests run main() in-process and read what it printed. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bar). */
  stderrIsTty: boolean;
  /** Terminal width for the progress bar. */
  columns: number;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stderrIsTty: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns ?? 80,
};
