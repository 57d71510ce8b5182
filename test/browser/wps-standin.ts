/**
 * A stand-in for WPS's window.Application in a page of the WPS add-in (bundled by the WPS browser
 * test and run before the page's scripts): the strict fake WPS 表格 (test/fake-wps) over the Grids
 * the test put in window.__taizhangGrids, the last sheet active. window.__fakeWps is the fake
 * itself, for the test to look into.
 */
import type { Grid } from "../../src/core/types";
import { FakeWps, addGridSheet } from "../fake-wps/index";

const scope = window as unknown as {
  __taizhangGrids?: Grid[];
  __fakeWps?: FakeWps;
  Application?: FakeWps["application"];
};

// The Node tests hold the adapter to 50 single-cell writes per operation; a whole pane session
// is many operations, so the page allows more in all.
const wps = new FakeWps({ singleCellWriteLimit: 500 });
for (const grid of scope.__taizhangGrids ?? []) addGridSheet(wps, grid);
wps.activeIndex = Math.max(0, wps.sheets.length - 1);
scope.__fakeWps = wps;
scope.Application = wps.application;
