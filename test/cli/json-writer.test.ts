import assert from "node:assert/strict";
import fc from "fast-check";
import { LazyJsonArray, jsonPieces, writeJsonInChunks } from "../../src/cli/json-writer";

const joined = (value: unknown, pretty: boolean) => [...jsonPieces(value, pretty)].join("");

describe("cli: JSON written in pieces", () => {
  it("gives exactly JSON.stringify's text, compact and indented, for any JSON-like value", () => {
    const value = fc.oneof(
      fc.jsonValue(),
      // Members JSON.stringify drops or turns into null.
      fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined))),
      fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined)))
    );
    fc.assert(
      fc.property(value, (v) => {
        assert.equal(joined(v, false), JSON.stringify(v));
        assert.equal(joined(v, true), JSON.stringify(v, null, 2));
      }),
      { numRuns: 400 }
    );
  });

  it("treats dates (toJSON), empty containers, functions and nested reports like JSON.stringify", () => {
    const report = {
      schema: "taizhang.report/1",
      empty: {},
      none: [],
      dropped: undefined,
      fn: () => 1,
      when: new Date(Date.UTC(2024, 8, 30)),
      groups: { sector: [{ key: "工业", projects: 3 }], level: [] },
      projects: [{ code: 'A\n"1"', reasons: ["≥ 3000 万元"] }, undefined, null],
      narrative: "1-9月……",
    };
    for (const pretty of [false, true])
      assert.equal(joined(report, pretty), JSON.stringify(report, null, pretty ? 2 : undefined));
    assert.equal(joined(undefined, false), "null");
  });

  it("hands over chunks of bounded size however long the array (no giant string)", async () => {
    const projects = Array.from({ length: 50_000 }, (_, i) => ({ sheetRow: i + 4, code: `P${i}` }));
    const chunks: string[] = [];
    await writeJsonInChunks({ schema: "x", projects }, false, (c) => void chunks.push(c), 4096);
    const largestPiece = Math.max(...[...jsonPieces({ projects }, false)].map((p) => p.length));
    assert.ok(chunks.length > 100, `${chunks.length} chunks`);
    for (const chunk of chunks) assert.ok(chunk.length < 4096 + largestPiece, `${chunk.length}`);
    assert.equal(chunks.join(""), `${JSON.stringify({ schema: "x", projects })}\n`);
  });

  it("waits for each write before producing the next chunk (backpressure)", async () => {
    let inFlight = 0;
    let most = 0;
    await writeJsonInChunks(
      { rows: Array.from({ length: 2000 }, (_, i) => i) },
      true,
      async () => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
      },
      256
    );
    assert.equal(most, 1);
  });

  it("a lazy array: the same text as its elements made up front, each made once, as written", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ row: i, name: `项目${i}` }));
    let made = 0;
    const lazy = new LazyJsonArray(rows, (r, i) => {
      made++;
      return { sheetRow: r.row + 4, name: r.name, index: i };
    }).map((p, i) => ({ ...p, odd: i % 2 === 1 }));
    const eager = rows.map((r, i) => ({
      sheetRow: r.row + 4,
      name: r.name,
      index: i,
      odd: i % 2 === 1,
    }));
    for (const pretty of [false, true]) {
      made = 0;
      let madeAtFirstChunk = -1;
      const chunks: string[] = [];
      await writeJsonInChunks(
        { schema: "x", projects: lazy, after: [1] },
        pretty,
        (chunk) => {
          chunks.push(chunk);
          if (madeAtFirstChunk < 0) madeAtFirstChunk = made;
        },
        4096
      );
      const expected = JSON.stringify(
        { schema: "x", projects: eager, after: [1] },
        null,
        pretty ? 2 : undefined
      );
      assert.equal(chunks.join(""), `${expected}\n`);
      assert.equal(made, rows.length, "each element made once");
      assert.ok(chunks.length > 20, `${chunks.length} chunks`);
      assert.ok(madeAtFirstChunk < rows.length / 10, `made as written (${madeAtFirstChunk} first)`);
    }
    assert.equal(JSON.stringify({ p: lazy }), JSON.stringify({ p: eager }), "JSON.stringify too");
    assert.equal(lazy.length, 5000);
  });
});
