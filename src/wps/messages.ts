/** What the WPS host tells the user when the workbook or WPS itself stands in the way (zh-CN and en). */
import { HostError } from "../core/index";

export function noWorkbook(): HostError {
  return new HostError(
    {
      "zh-CN": "WPS 表格中没有打开的工作簿。请先打开台账工作簿，再打开台账助手。",
      en: "No workbook is open in WPS Spreadsheets. Open the ledger workbook first, then open Taizhang.",
    },
    "wps.no-workbook"
  );
}

/** An old WPS without a member the add-in uses: name it, and say what to do. */
export function oldWps(member: string, version: string): HostError {
  return new HostError(
    {
      "zh-CN": `当前 WPS（版本 ${version || "未知"}）不支持台账助手用到的接口 ${member}。请升级到 WPS Office 2019（11.1）或更新的版本后重试。`,
      en: `This WPS (version ${version || "unknown"}) lacks ${member}, which Taizhang uses. Update to WPS Office 2019 (11.1) or newer and try again.`,
    },
    "wps.old-version"
  );
}

/** The page runs without WPS's window.Application: opened in a plain browser, or a WPS without JS add-ins. */
export function notInWps(): HostError {
  return new HostError(
    {
      "zh-CN":
        "没有找到 WPS 表格的接口（window.Application）。请在 WPS 表格中通过“台账助手 › 打开台账助手”打开本页面；如已在 WPS 中，请升级到 WPS Office 2019（11.1）或更新的版本。",
      en: "WPS Spreadsheets' interface (window.Application) is missing. Open this page from WPS Spreadsheets (Taizhang › Open Taizhang); inside WPS, update to WPS Office 2019 (11.1) or newer.",
    },
    "wps.not-in-wps"
  );
}
