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

export function sheetNotFound(name: string): HostError {
  return new HostError(
    { "zh-CN": `找不到工作表“${name}”。`, en: `There is no sheet named "${name}".` },
    "excel.sheet-not-found"
  );
}

export function sheetProtected(name: string): HostError {
  return new HostError(
    {
      "zh-CN": `工作表“${name}”受保护，无法添加或清除标注。请在“审阅 › 撤销工作表保护”后重试。`,
      en: `The sheet "${name}" is protected, so annotations cannot be added or removed. Unprotect it (Review › Unprotect Sheet) and try again.`,
    },
    "excel.sheet-protected"
  );
}

export function workbookProtected(): HostError {
  return new HostError(
    {
      "zh-CN": "工作簿结构受保护，无法插入汇总表。请在“审阅 › 保护工作簿”中撤销保护后重试。",
      en: "The workbook structure is protected, so summary sheets cannot be added. Unprotect it (Review › Protect Workbook) and try again.",
    },
    "excel.workbook-protected"
  );
}

export function noRoomForMarks(sheetName: string): HostError {
  return new HostError(
    {
      "zh-CN": `工作表“${sheetName}”已用到最后一列（XFD 列），右侧没有空列可写进度标注。请删除右侧多余的内容后重试。`,
      en: `Sheet "${sheetName}" is used up to its last column (XFD), so there is no free column on the right for the annotations. Delete the stray content on the right and try again.`,
    },
    "excel.no-room"
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
