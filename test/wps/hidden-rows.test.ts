import assert from "node:assert/strict";
import { PROBE_ROWS } from "../../src/wps/hidden-rows";
import { readWorksheetGrid } from "../../src/wps/read-grid";
import { FakeWps, type FakeWpsOptions } from "../fake-wps/fake-wps";

interface Case {
  rows: number;
  columns?: number;
  /** 0-based sheet rows and columns to hide. */
  hidden?: Iterable<number>;
  hiddenColumns?: Iterable<number>;
  /** First used row (0-based): the used range need not start at A1. */
  top?: number;
  options?: FakeWpsOptions;
}

/** Reads a sheet of `rows` × `columns` numbers with those rows hidden: the grid's hidden rows and the calls. */
function read(c: Case) {
  const wps = new FakeWps(c.options);
  const data = wps.addSheet("台账");
  const top = c.top ?? 0;
  for (let r = top; r < top + c.rows; r++)
    data.values[r] = Array.from({ length: c.columns ?? 4 }, (_, col) => r * 10 + col);
  for (const r of c.hidden ?? []) data.hiddenRows.add(r);
  for (const col of c.hiddenColumns ?? []) data.hiddenColumns.add(col);
  const sheet = wps.application.ActiveWorkbook!.Worksheets.Item("台账");
  const before = new Map(wps.counter.byMember);
  const { result, calls } = wps.operation(() => readWorksheetGrid(sheet));
  const used = (member: string) =>
    (wps.counter.byMember.get(member) ?? 0) - (before.get(member) ?? 0);
  return {
    /** Back to 0-based sheet rows. */
    hidden: (result.hiddenRows ?? []).map((r) => r + (result.origin?.row ?? 0)),
    calls,
    specialCells: used("Range.SpecialCells"),
    hiddenReads: used("Range.Hidden"),
  };
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Scattered single rows and runs, as filters and hand-hidden rows leave them. */
const SCATTERED = [3, 4, 5, 17, 40, 41, 99, 250, 251, 252, 253, 777, 998];
const OLD_WPS = { missing: ["Range.SpecialCells"] };

describe("WPS: hidden rows in a bounded number of calls", () => {
  it("SpecialCells path: scattered rows and runs found exactly, in a few calls", () => {
    const got = read({ rows: 1000, hidden: SCATTERED });
    assert.deepEqual(got.hidden, SCATTERED);
    assert.equal(got.specialCells, 1);
    assert.equal(got.hiddenReads, 1, "only the probe column's Hidden");
  });

  it("fallback path (an old WPS without SpecialCells throws): the same rows by the halving search", () => {
    const got = read({ rows: 1000, hidden: SCATTERED, options: OLD_WPS });
    assert.deepEqual(got.hidden, SCATTERED);
    assert.ok(got.hiddenReads > SCATTERED.length, `${got.hiddenReads} Hidden reads`);
  });

  for (const [name, options] of [
    ["SpecialCells", undefined],
    ["fallback", OLD_WPS],
  ] as const) {
    it(`${name}: none hidden, all hidden, first and last rows hidden, used range below row 1`, () => {
      assert.deepEqual(read({ rows: 500, options }).hidden, []);
      // Every row hidden: SpecialCells throws "No cells were found."; the search says all.
      assert.deepEqual(read({ rows: 500, hidden: range(0, 499), options }).hidden, range(0, 499));
      assert.deepEqual(
        read({ rows: 500, hidden: [0, 1, 498, 499], options }).hidden,
        [0, 1, 498, 499]
      );
      assert.deepEqual(
        read({ rows: 500, top: 7, hidden: [7, 8, 300, 506], options }).hidden,
        [7, 8, 300, 506]
      );
      assert.deepEqual(read({ rows: 1, hidden: [0], options }).hidden, [0]);
      assert.deepEqual(read({ rows: 1, options }).hidden, []);
    });
  }

  it("hidden columns: a hidden first column is not the probe; all columns hidden falls back", () => {
    // Column A hidden: its cells are all invisible, so B's visible cells give the rows.
    const first = read({ rows: 1000, hidden: SCATTERED, hiddenColumns: [0] });
    assert.deepEqual(first.hidden, SCATTERED);
    assert.equal(first.specialCells, 1);
    const several = read({ rows: 1000, hidden: SCATTERED, hiddenColumns: [0, 1, 2] });
    assert.deepEqual(several.hidden, SCATTERED);
    assert.equal(several.specialCells, 1);
    const all = read({ rows: 1000, hidden: SCATTERED, hiddenColumns: [0, 1, 2, 3] });
    assert.deepEqual(all.hidden, SCATTERED);
    assert.equal(all.specialCells, 0, "no visible column to ask");
  });

  it("an Address cut short (255 characters) is used up to its last whole area and continued", () => {
    const hidden = range(0, 2999).filter((r) => r % 7 === 3);
    const cut = read({ rows: 3000, hidden, options: { addressLimit: 255 } });
    assert.deepEqual(cut.hidden, hidden);
    const halving = read({ rows: 3000, hidden, options: OLD_WPS });
    assert.ok(cut.calls < halving.calls / 2, `${cut.calls} calls against ${halving.calls}`);
  });

  it("a Count that does not add up (the first area's only) is doubted: the halving search answers", () => {
    const got = read({ rows: 1000, hidden: SCATTERED, options: { countsFirstAreaOnly: true } });
    assert.deepEqual(got.hidden, SCATTERED);
    assert.equal(got.specialCells, 1);
    assert.ok(got.hiddenReads > SCATTERED.length, "the search ran");
  });

  it("more runs than Excel's 8,192 areas: probes of 16,000 rows never ask for that many", function () {
    this.timeout(60_000);
    // Every other row hidden over 20,000 rows: 10,000 runs in one probe would be answered with
    // the whole range (no error), and no row would look hidden.
    const hidden = range(0, 19_999).filter((r) => r % 2 === 1);
    const got = read({ rows: 20_000, columns: 2, hidden });
    assert.deepEqual(got.hidden, hidden);
    assert.equal(got.specialCells, Math.ceil(20_000 / PROBE_ROWS));
  });

  it("the calls do not grow with the hidden rows", function () {
    this.timeout(60_000);
    const calls = (hidden: number[]) => read({ rows: 40_000, columns: 3, hidden }).calls;
    const none = calls([]);
    const many = calls(range(0, 39_999).filter((r) => r % 5 === 2));
    // The same probes either way; only the values' and formats' blocks cost more than one call.
    assert.ok(many - none <= 2, `${none} calls with none hidden, ${many} with 8,000 hidden`);
    assert.ok(many < 100, `${many} calls`);
  });
});
