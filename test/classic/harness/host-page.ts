/**
 * The fake Excel host (ExcelApi 1.7 by default, as Excel 2019) inside the pane's frame. Built to
 * ES5 like the pane and loaded after classic.js, so it shares the pane's realm and polyfills
 * (IE11 has one realm: objects crossing from another one would not carry core-js's iterators).
 * pane.html's stand-in Office.onReady waits for harnessHostReady().
 */
import type { Grid } from "../../../src/core/types";
import { addGridSheet } from "../../fake-excel/grid-fill";
import { FakeExcelHost } from "../../fake-excel/host";

interface HarnessWindow {
  harnessSetup: { grids: Grid[]; excelApi: string; displayLanguage: string };
  fakeHost?: FakeExcelHost;
  harnessHostReady(): void;
}

const scope = window as unknown as HarnessWindow;
const host = new FakeExcelHost({ excelApi: scope.harnessSetup.excelApi });
for (const grid of scope.harnessSetup.grids) addGridSheet(host, grid);
scope.fakeHost = host;
scope.harnessHostReady();
