/** Where the annotations go, computed once for the Excel and the WPS hosts. */
import assert from "node:assert/strict";
import { placeAnnotations } from "../../src/app/annotation-marks";
import { DEFAULT_RULES } from "../../src/core/index";
import type { CheckReport } from "../../src/core/index";

/** A report of `count` projects on sheet rows 6… (header on row 5, 1-based), only what placement reads. */
function reportOf(count: number): CheckReport {
  const projects = Array.from({ length: count }, (_, i) => ({
    row: { sheetRow: 6 + i },
    schedule: { status: "behind", variancePoints: -12.344 },
    findings: [],
  }));
  return {
    projects,
    rules: DEFAULT_RULES,
    ledger: { header: { first: 3, last: 4 }, origin: { row: 0, col: 0 } },
  } as unknown as CheckReport;
}

describe("annotation placement (both hosts)", () => {
  it("puts the two mark columns right of the table, from the header row to the last project", () => {
    const place = placeAnnotations(reportOf(3), "台账", { left: 1, right: 8 }, { lang: "zh-CN" })!;
    assert.deepEqual(place.markArea, { top: 4, left: 9, bottom: 7, right: 10 });
    assert.deepEqual(place.highlight, { top: 5, left: 1, bottom: 7, right: 8 });
    assert.equal(place.pointsCell, "$K6");
    assert.deepEqual(place.columns, ["J", "K"]);
    assert.deepEqual(place.marks[0], ["进度状态", "与时序进度比(个百分点)"]);
    assert.deepEqual(place.marks[1], ["滞后", -12.34]);
    const plain = placeAnnotations(
      reportOf(3),
      "台账",
      { left: 1, right: 8 },
      { highlight: false }
    );
    assert.equal(plain!.highlight, null);
    assert.equal(placeAnnotations(reportOf(0), "台账", { left: 0, right: 3 }, {}), null);
  });

  it("places 300,000 projects (Math.min(...rows) overflowed the call stack there)", () => {
    const place = placeAnnotations(reportOf(300_000), "台账", { left: 0, right: 5 }, {})!;
    assert.deepEqual(place.markArea, { top: 4, left: 6, bottom: 300_004, right: 7 });
    assert.equal(place.marks.length, 300_001);
  });

  it("refuses a table that already reaches the last column", () => {
    assert.throws(
      () => placeAnnotations(reportOf(2), "台账", { left: 0, right: 16_383 }, {}),
      (e: unknown) => (e as { code?: string }).code === "excel.no-room"
    );
  });
});
