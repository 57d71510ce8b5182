/** A fake WPS workbook and its Host, and the workflow steps the tests run through it. */
import { runCheck } from "../../src/core/check";
import { readLedger } from "../../src/core/reader/index";
import type { CheckReport } from "../../src/core/report-types";
import { DEFAULT_RULES } from "../../src/core/rules/presets";
import { layoutSheet } from "../../src/core/sheet-spec";
import { buildOutputSheets } from "../../src/core/summaries";
import { WpsHost } from "../../src/wps/host";
import type { FakeWps } from "../fake-wps/fake-wps";

export function hostOf(wps: FakeWps): WpsHost {
  return new WpsHost(wps.application);
}

/** Runs one Host call as one fake operation: its result and the WPS calls it made. */
export async function measured<T>(
  wps: FakeWps,
  work: () => Promise<T>
): Promise<{ result: T; calls: number }> {
  let promise: Promise<T> | undefined;
  const { calls } = wps.operation(() => {
    promise = work();
  });
  return { result: await promise!, calls };
}

export async function checkSheet(
  host: WpsHost,
  sheet: string,
  month?: number
): Promise<CheckReport> {
  const grid = await host.readGrid(sheet);
  return runCheck(
    readLedger(grid),
    month === undefined ? { rules: DEFAULT_RULES } : { rules: DEFAULT_RULES, month }
  );
}

export function summaryLayouts(report: CheckReport) {
  return buildOutputSheets(report, { lang: "zh-CN" }).map(layoutSheet);
}
