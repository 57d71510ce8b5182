import assert from "node:assert/strict";
import { OfficeMockObject } from "office-addin-mock";
import { readActiveSheetGrid } from "../../src/excel/read-sheet";

type UsedRange = { values: unknown[][]; numberFormat: unknown[][]; address: string };

/** A request context whose active sheet has the given used range (null = an empty sheet). */
function contextWith(sheetName: string, used: UsedRange | null) {
  // The mock wants every loaded property in its model, even on a null object.
  const usedRange = used ?? { values: [], numberFormat: [], address: "" };
  const mock = new OfficeMockObject({
    workbook: {
      worksheets: {
        active: {
          name: sheetName,
          usedRange,
          getUsedRangeOrNullObject: function () {
            return this.usedRange;
          },
        },
        getActiveWorksheet: function () {
          return this.active;
        },
      },
    },
  });
  // Office.js sets isNullObject at sync without a load; a plain property (outside the mock's
  // load bookkeeping) behaves that way.
  mock.workbook.worksheets.active.usedRange.isNullObject = used === null;
  return mock as unknown as Excel.RequestContext;
}

describe("excel/read-sheet", function () {
  describe("readActiveSheetGrid", function () {
    it("turns the used range into a grid: empty cells null, origin from the address", async function () {
      const context = contextWith("9月", {
        values: [
          ["项目名称", "总投资", ""],
          ["甲项目", 3000, "#N/A"],
        ],
        numberFormat: [
          ["General", "General", "General"],
          ["@", "#,##0.00", "General"],
        ],
        address: "'9月'!B3:D4",
      });
      const grid = await readActiveSheetGrid(context);
      assert.deepEqual(grid, {
        sheetName: "9月",
        values: [
          ["项目名称", "总投资", null],
          ["甲项目", 3000, "#N/A"],
        ],
        numberFormats: [
          ["General", "General", "General"],
          ["@", "#,##0.00", "General"],
        ],
        origin: { row: 2, col: 1 },
      });
    });

    it("gives an empty grid for an empty sheet", async function () {
      const grid = await readActiveSheetGrid(contextWith("Sheet2", null));
      assert.deepEqual(grid, {
        sheetName: "Sheet2",
        values: [],
        numberFormats: [],
        origin: { row: 0, col: 0 },
      });
    });
  });
});
