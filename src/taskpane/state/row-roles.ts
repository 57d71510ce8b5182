/**
 * Row roles the user can correct in Detect: the rows the reader took as subtotals, sections or
 * breakdowns, and the rows it could read two ways. Saved per ledger sheet, by sheet row.
 */
import type { Ledger, LocalText, ReaderOptions } from "../../core/index";

export type RowRole = NonNullable<ReaderOptions["rowRoles"]>[number];

export const ROW_ROLE_LABELS: Record<RowRole | "auto", LocalText> = {
  auto: { "zh-CN": "按识别", en: "As read" },
  subtotal: { "zh-CN": "合计/小计行", en: "Total row" },
  section: { "zh-CN": "分类行", en: "Section" },
  project: { "zh-CN": "项目", en: "Project" },
  detail: { "zh-CN": "明细（不计入）", en: "Breakdown (not counted)" },
  ignore: { "zh-CN": "忽略", en: "Ignore" },
};

export const ROW_ROLES: readonly RowRole[] = ["subtotal", "section", "project", "detail", "ignore"];

export interface RowRoleItem {
  sheetRow: number;
  /** What the reader took the row for. */
  readAs: RowRole;
  /** The row's label as the user sees it ("" when the reader kept none). */
  label: string;
}

/** Rows to list, at most `limit`: subtotals, sections, breakdown rows and rows read one way of two. */
export function rowRoleItems(ledger: Ledger, limit = 30): RowRoleItem[] {
  const items = new Map<number, RowRoleItem>();
  for (const s of ledger.subtotals)
    items.set(s.sheetRow, { sheetRow: s.sheetRow, readAs: "subtotal", label: s.label });
  for (const s of ledger.sections)
    items.set(s.sheetRow, { sheetRow: s.sheetRow, readAs: "section", label: s.label });
  const projectRows = new Map(ledger.projects.map((p) => [p.sheetRow, p]));
  for (const row of ledger.reading.ambiguousRows) {
    const project = projectRows.get(row);
    items.set(row, {
      sheetRow: row,
      readAs: project ? "project" : "detail",
      label: project?.name ?? "",
    });
  }
  for (const row of ledger.reading.detailRows)
    if (!items.has(row)) items.set(row, { sheetRow: row, readAs: "detail", label: "" });
  return [...items.values()].sort((a, b) => a.sheetRow - b.sheetRow).slice(0, limit);
}

/** Saved roles of this sheet merged with the draft (a role equal to the reading is dropped). */
export function mergedRoles(
  saved: Record<number, RowRole> | undefined,
  draft: Record<number, RowRole | "auto">
): Record<number, RowRole> | undefined {
  const roles: Record<number, RowRole> = { ...(saved ?? {}) };
  for (const [row, role] of Object.entries(draft)) {
    if (role === "auto") delete roles[Number(row)];
    else roles[Number(row)] = role;
  }
  return Object.keys(roles).length > 0 ? roles : undefined;
}
