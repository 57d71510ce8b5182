import assert from "node:assert/strict";
import type { CliIo } from "../../src/cli/io";
import { LARGE_FILE_BYTES, createProgress } from "../../src/cli/progress";

function terminal(isTty: boolean): { io: CliIo; written: () => string } {
  let text = "";
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (t) => void (text += t),
    stderrIsTty: isTty,
    columns: 80,
  };
  return { io, written: () => text };
}

const READ = { "zh-CN": "读取工作簿", en: "reading the workbook" };
const CHECK = { "zh-CN": "检查", en: "checking" };

describe("cli: progress bar", () => {
  it("draws stages on a terminal for a large file, then clears its line", () => {
    const { io, written } = terminal(true);
    const progress = createProgress(io, "zh-CN", 2);
    progress.start(LARGE_FILE_BYTES);
    progress.step(READ);
    const CLEAR_TO_END = "\x1b[K";
    assert.equal(written(), `\r[${"█".repeat(15)}${"░".repeat(15)}] 1/2 读取工作簿${CLEAR_TO_END}`);
    progress.step(CHECK);
    assert.ok(written().endsWith(`\r[${"█".repeat(30)}] 2/2 检查${CLEAR_TO_END}`));
    progress.done();
    assert.ok(written().endsWith("\r\x1b[K"));
  });

  it("stays silent for small files and when stderr is not a terminal", () => {
    for (const [isTty, bytes] of [
      [true, LARGE_FILE_BYTES - 1],
      [false, 50 * LARGE_FILE_BYTES],
    ] as const) {
      const { io, written } = terminal(isTty);
      const progress = createProgress(io, "en", 2);
      progress.start(bytes);
      progress.step(READ);
      progress.done();
      assert.equal(written(), "");
    }
  });
});
