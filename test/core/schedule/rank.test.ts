import assert from "node:assert/strict";
import { lagRanks } from "../../../src/core/schedule/rank";

describe("排名 (lagRanks)", () => {
  it("most behind is 1, ahead last, no variance no rank", () => {
    assert.deepEqual(lagRanks([-5, 12, -40, null, 0]), [2, 4, 1, null, 3]);
  });

  it("equal variances share a rank and the next rank skips (1, 2, 2, 4)", () => {
    assert.deepEqual(lagRanks([-30, -10, -20, -20]), [1, 4, 2, 2]);
  });

  it("ties are judged as the sheets show them (two decimals), not on float noise", () => {
    // −9.999999999999998 (0.4 − 0.5) reads −10.00, as does −10.
    assert.deepEqual(lagRanks([(0.4 - 0.5) * 100, -10, -10.006]), [2, 2, 1]);
  });

  it("an empty list has no ranks", () => {
    assert.deepEqual(lagRanks([]), []);
  });
});
