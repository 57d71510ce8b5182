import assert from "node:assert/strict";
import { KeyIds } from "../../../src/core/reconcile/key-ids";

describe("KeyIds", () => {
  it("gives each distinct key the next id, in order of first appearance, past the expected size", () => {
    const ids = new KeyIds(4);
    const seen = new Map<string, number>();
    // Many more keys than expected (the table grows), repeats, look-alikes, empty, CJK.
    const keys: string[] = [];
    for (let i = 0; i < 5000; i++)
      keys.push(`XM${i % 1700}`, `项目${(i * 7) % 900}`, i % 3 ? "" : "a");
    for (const key of keys) {
      const expected = seen.get(key) ?? seen.size;
      if (!seen.has(key)) seen.set(key, expected);
      assert.equal(ids.idOf(key), expected, key);
    }
    assert.equal(seen.size, 1700 + 900 + 2);
  });
});
