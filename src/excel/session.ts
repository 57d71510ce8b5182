/**
 * Every adapter operation runs through withExcel(): one Excel.run, syncs counted and time-boxed
 * (context.sync() can hang on Excel on the web), Office errors turned into localised HostErrors.
 */
import { HostError, isTaizhangError, type TaizhangError } from "../core/index";
import type { LocalText } from "../core/index";

/** ExcelApi set the add-in needs everywhere (Excel 2019 / 2021 volume-licensed desktops). */
export const BASELINE_EXCEL_API = "1.7";

export interface AdapterConfig {
  /** Longest wait for one context.sync(), ms. */
  syncTimeoutMs: number;
}

const config: AdapterConfig = { syncTimeoutMs: 60_000 };

export function configureExcelAdapter(changes: Partial<AdapterConfig>): void {
  Object.assign(config, changes);
}

export interface ExcelSession {
  readonly context: Excel.RequestContext;
  /** context.sync(), counted and time-boxed. */
  sync(): Promise<void>;
  readonly syncCount: number;
}

/** Syncs of the last withExcel() call (for tests and diagnostics). */
export let lastSyncCount = 0;

export function isExcelApiSupported(version: string): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

export function requireExcelApi(version: string): void {
  if (!isExcelApiSupported(version)) {
    throw new HostError(
      {
        "zh-CN": `此版本的 Excel 不支持所需功能（需要 ExcelApi ${version}，即 Excel 2019 或更新版本、Microsoft 365 或 Excel 网页版）。`,
        en: `This version of Excel lacks a feature the add-in needs (ExcelApi ${version}: Excel 2019 or later, Microsoft 365 or Excel on the web).`,
      },
      "excel.unsupported"
    );
  }
}

export async function withExcel<R>(work: (session: ExcelSession) => Promise<R>): Promise<R> {
  requireExcelApi(BASELINE_EXCEL_API);
  let count = 0;
  try {
    return await Excel.run(async (context) => {
      const session: ExcelSession = {
        context,
        get syncCount() {
          return count;
        },
        sync: () => {
          count++;
          lastSyncCount = count;
          return timeBoxed(context.sync());
        },
      };
      return work(session);
    });
  } catch (error) {
    throw toAdapterError(error);
  } finally {
    lastSyncCount = count;
  }
}

function timeBoxed(promise: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(config.syncTimeoutMs / 1000);
      reject(
        new HostError(
          {
            "zh-CN": `Excel 在 ${seconds} 秒内没有响应，操作已停止。请稍后重试；如果正在编辑单元格，请先按 Enter 或 Esc 结束编辑。`,
            en: `Excel did not respond within ${seconds} seconds, so the operation stopped. Try again; if a cell is being edited, press Enter or Esc first.`,
          },
          "excel.timeout"
        )
      );
    }, config.syncTimeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Office error codes that mean "the request or response was too big": retry with less. */
export const PAYLOAD_ERROR_CODES: readonly string[] = [
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "RangeExceedsLimit",
];

export function officeErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

const MESSAGES: Record<string, LocalText> = {
  AccessDenied: {
    "zh-CN": "Excel 拒绝了修改：工作表或工作簿受保护，或没有编辑权限。请撤销保护后重试。",
    en: "Excel refused the change: the sheet or workbook is protected, or you may not edit it. Unprotect it and try again.",
  },
  InvalidOperationInCellEditMode: {
    "zh-CN": "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  ApiNotFound: {
    "zh-CN":
      "此版本的 Excel 不支持该功能。请升级到 Excel 2019 或更新版本、Microsoft 365 或使用 Excel 网页版。",
    en: "This version of Excel does not support that feature. Use Excel 2019 or later, Microsoft 365 or Excel on the web.",
  },
  RequestPayloadSizeLimitExceeded: {
    "zh-CN": "数据量超过了 Excel 单次请求的上限（网页版为 5 MB），即使分块也无法完成。",
    en: "The data exceeds Excel's per-request limit (5 MB on the web), even in chunks.",
  },
  ItemNotFound: {
    "zh-CN": "找不到要处理的工作表或区域，可能已被删除或重命名。",
    en: "The sheet or range was not found; it may have been deleted or renamed.",
  },
  Conflict: {
    "zh-CN": "工作簿正被他人同时编辑，发生冲突。请稍后重试。",
    en: "Someone else is editing the workbook at the same time. Try again shortly.",
  },
};
MESSAGES.ResponsePayloadSizeLimitExceeded = MESSAGES.RequestPayloadSizeLimitExceeded;
MESSAGES.RangeExceedsLimit = MESSAGES.RequestPayloadSizeLimitExceeded;

/**
 * Turns what Excel.run threw into a HostError with a message in both languages. Our own errors
 * pass through; anything that is neither ours nor Office's (a TypeError, say) is a bug and is
 * rethrown as it is, so it is reported as one rather than as the user's mistake.
 */
export function toAdapterError(error: unknown): TaizhangError {
  if (isTaizhangError(error)) return error;
  const code = officeErrorCode(error);
  if (code === null || !isOfficeError(error) || PROGRAMMING_CODES.has(code)) throw error;
  const known = MESSAGES[code];
  const detail = error instanceof Error ? error.message : String(error);
  return new HostError(
    known ?? {
      "zh-CN": `Excel 报告错误（${code}）：${detail}`,
      en: `Excel reported an error (${code}): ${detail}`,
    },
    `excel.${code}`
  );
}

/** Office codes that only our own code can cause (a property read before it was loaded). */
const PROGRAMMING_CODES: ReadonlySet<string> = new Set(["PropertyNotLoaded"]);

/** Office.js rejects with OfficeExtension.Error ("RichApi.Error") or an error carrying a string code and debugInfo. */
function isOfficeError(error: unknown): boolean {
  const candidate = error as { name?: unknown; debugInfo?: unknown } | null;
  return candidate?.name === "RichApi.Error" || candidate?.debugInfo !== undefined;
}
