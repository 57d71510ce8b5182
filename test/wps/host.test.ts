import assert from "node:assert/strict";
import { runCheck } from "../../src/core/check";
import { HostError } from "../../src/core/errors";
import { reconcileLedgers } from "../../src/core/reconcile/reconcile";
import { readLedger } from "../../src/core/reader/index";
import { DEFAULT_RULES } from "../../src/core/rules/presets";
import { layoutSheet } from "../../src/core/sheet-spec";
import { buildReconcileSheet } from "../../src/core/summaries";
import { ANNOTATIONS_RECORD } from "../../src/wps/annotate";
import { PROBE_ROWS } from "../../src/wps/hidden-rows";
import { FakeWps } from "../fake-wps/fake-wps";
import { addGridSheet } from "../fake-wps/grid-fill";
import { wpsFromXlsx } from "../fake-wps/load-xlsx";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { checkSheet, hostOf, measured, summaryLayouts } from "./helpers";

const M09 = "samples/county-2024-m09.xlsx";
const M10 = "samples/county-2024-m10.xlsx";

async function sampleWorkbook(): Promise<FakeWps> {
  const wps = await wpsFromXlsx(M09);
  wps.sheets[0].name = "9月";
  const m10 = await wpsFromXlsx(M10);
  m10.sheets[0].name = "10月";
  wps.sheets.push(m10.sheets[0]);
  return wps;
}

describe("WPS host: the workflow on a strict fake WPS 表格", () => {
  it("detect → check → insert → annotate → remove → reconcile, the ledger never changed", async () => {
    const wps = await sampleWorkbook();
    const host = hostOf(wps);
    const before = wps.sheet("9月").snapshot();

    const sheets = await host.listSheets();
    assert.deepEqual(
      sheets.map((s) => [s.name, s.active, s.own]),
      [
        ["9月", true, false],
        ["10月", false, false],
      ]
    );
    const report = await checkSheet(host, "9月", 9);
    assert.equal(report.projects.length, 120);

    const layouts = summaryLayouts(report);
    const written = await host.writeSheets(layouts);
    assert.equal(written.length, layouts.length);
    assert.deepEqual(wps.sheetNames.slice(0, 2), ["9月", "10月"]);
    assert.equal(wps.sheetNames.length, 2 + layouts.length);
    assert.equal(wps.screenUpdating, true, "screen updating back on");
    assert.equal(wps.sheet("9月").snapshot(), before);

    // A re-run replaces its own sheets (by marker), never adding "(2)" copies.
    await host.writeSheets(summaryLayouts(report));
    assert.equal(wps.sheetNames.length, 2 + layouts.length);
    assert.ok((await host.listSheets()).slice(2).every((s) => s.own));

    const annotated = await host.annotate(report);
    assert.equal(annotated.marked, 120);
    assert.ok(wps.properties.has(`${ANNOTATIONS_RECORD}.1`));
    const ledger = wps.sheet("9月");
    assert.equal(ledger.conditions.length, report.rules.colourBands.length);
    assert.match(ledger.conditions[0].formula, /^=AND\(N\("taizhang"\)=0,ISNUMBER\(\$O\d+\)/);
    const row = report.projects[0].row.sheetRow - 1;
    assert.equal(typeof ledger.value(row, 13), "string");
    assert.equal(await host.clearAnnotations(), true);
    assert.equal(ledger.snapshot(), before, "annotations removed exactly");
    assert.equal(ledger.conditions.length, 0);
    assert.equal(await host.clearAnnotations(), false);

    const previous = readLedger(await host.readGrid("9月"));
    const current = readLedger(await host.readGrid("10月"));
    const result = reconcileLedgers(previous, current, DEFAULT_RULES);
    const reconcile = layoutSheet(buildReconcileSheet(result, { lang: "zh-CN" }));
    const count = wps.sheetNames.length;
    await host.writeSheets([reconcile], { replaces: (key) => key.startsWith("reconcile") });
    await host.writeSheets([reconcile], { replaces: (key) => key.startsWith("reconcile") });
    assert.equal(wps.sheetNames.length, count + 1, "reconciliation replaced, summaries kept");
    assert.equal(wps.sheet("9月").snapshot(), before);

    await host.selectRow("9月", 12);
    assert.deepEqual(wps.selection?.sheet, "9月");
    assert.equal(wps.selection?.area.top, 11);
  });

  it("settings: the same JSON as the Excel add-in, in document properties of at most 255 characters", async () => {
    const wps = await sampleWorkbook();
    const host = hostOf(wps);
    assert.equal(await host.readSettings(), null);
    const settings = {
      ledgerSheet: "9月",
      groupBy: ["county", "sector"],
      rules: { preset: "municipal-3000", usdToCny: 7.18 },
      issuer: "县发改局".repeat(80),
    };
    await host.writeSettings(settings);
    assert.ok([...wps.properties.values()].every((p) => String(p.value).length <= 255));
    assert.deepEqual(await host.readSettings(), settings);
    await host.writeSettings({ ledgerSheet: "10月" });
    assert.deepEqual(await host.readSettings(), { ledgerSheet: "10月" });
  });

  it("follows sheet activation through ApiEvent, and by polling on a WPS without it", async () => {
    const wps = await sampleWorkbook();
    const seen: string[] = [];
    const stop = await hostOf(wps).onSheetActivated((name) => seen.push(name));
    wps.userActivates("10月");
    stop();
    wps.userActivates("9月");
    assert.deepEqual(seen, ["10月"]);

    const old = await wpsFromXlsx(M09, { missing: ["Application.ApiEvent"] });
    old.addSheet("Sheet2");
    const polled: string[] = [];
    const stopPolling = await hostOf(old).onSheetActivated((name) => polled.push(name));
    old.activeIndex = 1;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    stopPolling();
    assert.deepEqual(polled, ["Sheet2"]);
  });

  it("clear messages: no workbook, protected sheet, protected workbook, an old WPS without AddChart2", async () => {
    const code = async (work: Promise<unknown>) =>
      work.then(
        () => "resolved",
        (e: unknown) => (e instanceof HostError ? e.code : String(e))
      );
    assert.equal(
      await code(hostOf(new FakeWps({ noWorkbook: true })).listSheets()),
      "wps.no-workbook"
    );

    const wps = await sampleWorkbook();
    const host = hostOf(wps);
    const report = await checkSheet(host, "9月", 9);
    wps.sheet("9月").protectContents = true;
    assert.equal(await code(host.annotate(report)), "excel.sheet-protected");
    wps.protectStructure = true;
    assert.equal(await code(host.writeSheets(summaryLayouts(report))), "excel.workbook-protected");
    assert.equal(await code(host.readGrid("8月")), "excel.sheet-not-found");

    const old = await wpsFromXlsx(M09, { missing: ["Shapes.AddChart2"] });
    const before = old.sheetNames;
    const error = await hostOf(old)
      .writeSheets(summaryLayouts(report))
      .catch((e: unknown) => e);
    assert.ok(error instanceof HostError && error.code === "wps.old-version");
    assert.match(error.text["zh-CN"], /Shapes\.AddChart2/);
    assert.deepEqual(old.sheetNames, before, "partial sheets removed");
  });

  for (const projects of [1_000, 10_000]) {
    it(`calls budget: check + all summary sheets on ${projects.toLocaleString("en")} rows`, async function () {
      this.timeout(120_000);
      const wps = new FakeWps();
      addGridSheet(wps, generateLedgerGrid(projects));
      const host = hostOf(wps);
      const before = wps.sheet("台账").snapshot();
      const read = await measured(wps, () => host.readGrid("台账"));
      // Ten times the hidden rows (one in 5, not one in 50): the same probes, so the same calls.
      assert.ok((read.result.hiddenRows?.length ?? 0) >= projects / 60);
      const ledger = wps.sheet("台账");
      const hiddenBefore = [...ledger.hiddenRows];
      for (let r = 0; r < projects; r += 5) ledger.hiddenRows.add(r + 3);
      const more = await measured(wps, () => host.readGrid("台账"));
      assert.ok((more.result.hiddenRows?.length ?? 0) >= projects / 5);
      assert.ok(
        more.calls - read.calls <= 4 * Math.ceil(projects / PROBE_ROWS),
        `read took ${more.calls} calls with ${more.result.hiddenRows?.length} hidden rows, ${read.calls} with ${read.result.hiddenRows?.length}`
      );
      ledger.hiddenRows.clear();
      for (const r of hiddenBefore) ledger.hiddenRows.add(r);
      const report = runCheck(readLedger(read.result), { rules: DEFAULT_RULES });
      const layouts = summaryLayouts(report);
      const write = await measured(wps, () => host.writeSheets(layouts));
      const bodyRows = layouts.reduce((s, l) => s + l.values.length, 0);
      process.stdout.write(
        `      ${projects} rows: read ${read.calls} WPS calls, ${layouts.length} sheets (${bodyRows} rows) ${write.calls} calls\n`
      );
      // Reads: a handful per block of 60k cells, a few per 16,000 rows for the hidden rows
      // (however many), a halving search per merge (COM has no bulk call for merges); writes:
      // per styled range, not per row.
      const merges = read.result.merges?.length ?? 0;
      const limit = 100 + 6 * Math.ceil(Math.log2(projects)) * merges;
      assert.ok(read.calls <= limit, `read took ${read.calls} calls (limit ${limit})`);
      assert.ok(write.calls < 400 * layouts.length, `write took ${write.calls} calls`);
      assert.equal(wps.sheet("台账").snapshot(), before);
    });
  }
});
