import assert from "node:assert/strict";
import { fixed, shownPoints } from "../../src/core/format";

describe("shownPoints", () => {
  it("is the number its two-decimal text reads as (without making the text)", () => {
    // A deterministic spread: small, half-way, negative, large, and beyond the fast path.
    const values = [
      0, -0, 0.005, -0.005, 1.005, -1.005, 9.999999, -9.999999, 1e-12, -1e-12, 0.0049,
    ];
    for (const scale of [1e-3, 1, 100, 1e6, 1e9, 1e12, 9e12, 1e13, 2e13, 1e16, 1e21, 1e300])
      for (let i = 1; i <= 400; i++) {
        const x = Math.sin(i * 12.9898) * scale;
        values.push(x, -x, Math.round(x * 1000) / 1000 + 0.005);
      }
    values.push(NaN, Infinity, -Infinity, Number.MAX_VALUE, -Number.MIN_VALUE);
    for (const value of values) {
      const expected = Number(fixed(value, 2));
      assert.ok(
        Object.is(shownPoints(value), expected),
        `${value}: ${shownPoints(value)} ≠ ${expected}`
      );
    }
  });
});
