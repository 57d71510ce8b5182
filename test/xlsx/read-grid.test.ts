import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookGrids, readWorkbookGridsFromBuffer } from "../../src/xlsx/read-grid";
import { FileProblem } from "../../src/xlsx/errors";
import { sniffFileKind } from "../../src/xlsx/sniff";
import { badFileBytes, buildFixture } from "../fixtures/workbooks/generate";

async function problemOf(promise: Promise<unknown>): Promise<FileProblem> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FileProblem, `expected FileProblem, got ${String(error)}`);
    return error;
  }
  assert.fail("expected a FileProblem");
}

describe("xlsx: reading grids", () => {
  it("gives values as a host does: cached results, plain text, serial dates, errors, booleans", async () => {
    const [grid, hidden] = await readWorkbookGridsFromBuffer(
      await buildFixture("values"),
      "values.xlsx"
    );
    assert.equal(grid.sheetName, "数据");
    assert.deepEqual(grid.origin, { row: 1, col: 1 });
    assert.deepEqual(grid.values, [
      ["标题", null, null],
      [1.5, "富文本", "链接"],
      [45366, true, "#DIV/0!"],
      [1, 2, "=SUM(1,2)"],
      [2, 4, null],
      [3, 6, null],
    ]);
    assert.equal(grid.numberFormats?.[2][0], "yyyy-mm-dd");
    assert.equal(grid.numberFormats?.[1][0], "General");
    assert.deepEqual(
      grid.formulas?.map((row) => row[1]),
      [null, null, null, "=B5*2", "=B6*2", "=B7*2"]
    );
    // A string that looks like a formula is a constant, not a formula.
    assert.equal(grid.formulas?.[3][2], null);
    assert.deepEqual(grid.merges, [{ top: 0, left: 0, bottom: 0, right: 2 }]);
    assert.deepEqual(grid.hiddenRows, [4]);
    assert.equal(hidden.sheetName, "隐藏表");
  });

  it("reads a two-row merged header without repeating merged values", async () => {
    const [grid] = await readWorkbookGridsFromBuffer(await buildFixture("messy"), "messy.xlsx");
    assert.equal(grid.values[0][0], "2024年全市重点项目建设进度台账");
    assert.equal(grid.values[0][1], null);
    assert.equal(grid.values[2][7], "2024年");
    assert.equal(grid.values[2][8], null);
    assert.equal(grid.values[3][8], "1-6月累计完成投资");
    assert.equal(grid.values[4][6], 174000);
    assert.equal(grid.values[6][9], 0.45);
    assert.equal(grid.values[12][9], "#N/A");
    assert.ok(
      grid.merges?.some((m) => m.top === 2 && m.left === 7 && m.bottom === 2 && m.right === 9)
    );
    assert.deepEqual(grid.hiddenRows, [12]);
  });

  describe("bad input names the file and says what is wrong", () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-read-"));
    const bad = badFileBytes();
    const write = (name: string, bytes: Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };

    it("missing file", async () => {
      const p = await problemOf(readWorkbookGrids(join(dir, "nope.xlsx")));
      assert.match(p.text["zh-CN"], /nope\.xlsx：文件不存在/);
      assert.match(p.text.en, /file not found/);
    });
    it("not a workbook", async () => {
      const p = await problemOf(readWorkbookGrids(write("a.csv", bad.text)));
      assert.match(p.text["zh-CN"], /a\.csv：不是 Excel 工作簿/);
    });
    it("an .xls", async () => {
      assert.equal(sniffFileKind(bad.xls), "xls");
      const p = await problemOf(readWorkbookGrids(write("old.xlsx", bad.xls)));
      assert.match(p.text["zh-CN"], /另存为 \.xlsx/);
    });
    it("a password-protected workbook", async () => {
      assert.equal(sniffFileKind(bad.encrypted), "encrypted-xlsx");
      const p = await problemOf(readWorkbookGrids(write("secret.xlsx", bad.encrypted)));
      assert.match(p.text["zh-CN"], /密码/);
      assert.match(p.text.en, /password-protected/);
    });
    it("a corrupt zip", async () => {
      const good = await buildFixture("messy");
      const p = await problemOf(
        readWorkbookGrids(write("cut.xlsx", good.subarray(0, Math.floor(good.length / 2))))
      );
      assert.match(p.text["zh-CN"], /cut\.xlsx：文件已损坏/);
    });
    it("a zip that is not a workbook", async () => {
      const p = await problemOf(readWorkbookGrids(write("odd.xlsx", bad["docx-like"])));
      assert.match(p.text["zh-CN"], /odd\.xlsx：/);
    });
    it("an empty workbook", async () => {
      const p = await problemOf(
        readWorkbookGrids(write("empty.xlsx", await buildFixture("empty")))
      );
      assert.match(p.text["zh-CN"], /工作簿是空的/);
    });
  });
});
