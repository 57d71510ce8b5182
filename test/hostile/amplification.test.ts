/**
 * The XML-amplification cases read in seconds, without memory growing with what they declare:
 * each gives the ledger it holds, or a message naming the range that cannot be read.
 */
import assert from "node:assert/strict";
import type { Grid } from "../../src/core/types";
import { FileProblem } from "../../src/xlsx/errors";
import { readWorkbookGridsFromBuffer, readXlsInNode } from "../../src/xlsx/read-grid";
import { readWorkbookGridsInBrowser } from "../../src/xlsx/read-grid-browser";
import { AMPLIFICATION } from "./amplification";

const SECONDS = 5;
const MAX_GROWTH = 256 * 1024 * 1024;

async function timed(
  read: () => Promise<Grid[]>
): Promise<{ grids: Grid[] | FileProblem; ms: number; growth: number }> {
  const rss = process.memoryUsage().rss;
  const started = Date.now();
  let grids: Grid[] | FileProblem;
  try {
    grids = await read();
  } catch (error) {
    assert.ok(error instanceof FileProblem, String(error));
    grids = error;
  }
  return { grids, ms: Date.now() - started, growth: process.memoryUsage().rss - rss };
}

describe("hostile: XML amplification", function () {
  this.timeout(60_000);

  for (const c of AMPLIFICATION) {
    it(`${c.file}: ${c.what}`, async () => {
      const bytes = Buffer.from(await c.make());
      for (const [host, read] of [
        ["CLI", () => readWorkbookGridsFromBuffer(bytes, c.file)],
        ["pane", () => readWorkbookGridsInBrowser(new Uint8Array(bytes), c.file, readXlsInNode)],
      ] as const) {
        const { grids, ms, growth } = await timed(read);
        assert.ok(ms < SECONDS * 1000, `${host}: ${ms} ms`);
        assert.ok(growth < MAX_GROWTH, `${host}: memory grew ${Math.round(growth / 2 ** 20)} MB`);
        if ("refused" in c.expect) {
          assert.ok(grids instanceof FileProblem, `${host}: read, not refused`);
          for (const text of c.expect.refused)
            assert.ok(grids.text["zh-CN"].includes(text), grids.text["zh-CN"]);
          continue;
        }
        assert.ok(
          !(grids instanceof FileProblem),
          `${host}: ${grids instanceof FileProblem && grids.text.en}`
        );
        const [grid] = grids;
        assert.ok(grid.values.length <= 6, `${host}: ${grid.values.length} rows`);
        assert.ok(Math.max(...grid.values.map((r) => r.length)) <= 11, `${host}: too wide`);
      }
    });
  }

  it("the merge bomb is under 3 KB and its merge is cut to the cells the sheet has", async () => {
    const bomb = AMPLIFICATION.find((c) => c.file === "amp-merge-to-xfd1048576.xlsx")!;
    const bytes = Buffer.from(await bomb.make());
    assert.ok(bytes.length < 3 * 1024, `${bytes.length} bytes`);
    const [grid] = await readWorkbookGridsFromBuffer(bytes, bomb.file);
    assert.deepEqual(grid.merges, [{ top: 0, left: 10, bottom: 5, right: 10 }]);
    assert.equal(grid.values[0][10], "备注");
    assert.equal(grid.values.length, 6);
  });

  it("entities are never expanded: the cell keeps the reference as text", async () => {
    const laughs = AMPLIFICATION.find((c) => c.file === "amp-entity-laughs.xlsx")!;
    const [grid] = await readWorkbookGridsFromBuffer(Buffer.from(await laughs.make()), laughs.file);
    assert.equal(grid.values[0][6], "&lol9;");
  });
});
