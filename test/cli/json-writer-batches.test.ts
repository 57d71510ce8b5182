/**
 * jsonPieces writes array elements in runs (one JSON.stringify per run): whatever the run length,
 * nested or not, compact or indented, the pieces join to exactly JSON.stringify's text.
 */
import assert from "node:assert/strict";
import { jsonPieces } from "../../src/cli/json-writer";

const joined = (value: unknown, pretty: boolean, batchChars: number) =>
  [...jsonPieces(value, pretty, batchChars)].join("");

describe("JSON writer: array elements in runs", () => {
  const projects = Array.from({ length: 97 }, (_, i) => ({
    sheetRow: i + 4,
    code: i % 7 === 0 ? `P"${i}"\n` : `P${i}`,
    amounts: i % 5 === 0 ? [] : [i, i / 3, null],
    listing: { reasons: Array.from({ length: i % 4 }, (_, k) => `理由${k}`) },
    ...(i % 11 === 0 ? { missing: undefined, when: new Date(Date.UTC(2024, 0, i + 1)) } : {}),
  }));
  const report = {
    schema: "x",
    projects,
    holes: [1, undefined, () => 2, null, "x"],
    nested: [[1, [2, [3]]], [], [[]], { a: [{ b: [] }] }],
    findings: [],
  };

  for (const batchChars of [1, 7, 64, 500, 4096, 1 << 16])
    for (const pretty of [false, true])
      it(`runs of about ${batchChars} characters, ${pretty ? "indented" : "compact"}`, () => {
        assert.equal(
          joined(report, pretty, batchChars),
          JSON.stringify(report, null, pretty ? 2 : undefined)
        );
      });

  it("runs grow to the target size, so a long array is not one call per element", () => {
    const pieces = [...jsonPieces({ projects }, false, 2000)];
    assert.ok(pieces.length < projects.length / 4, `${pieces.length} pieces`);
    for (const piece of pieces) assert.ok(piece.length < 2000 * 3, `${piece.length}`);
  });
});
