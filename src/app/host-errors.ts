/**
 * What a spreadsheet host (Excel, WPS) says when the workbook stands in the way, the same words
 * in both: a sheet gone, a protected sheet or workbook, no free column for the annotations.
 */
import { HostError } from "../core/index";

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
