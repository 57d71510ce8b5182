/**
 * Turns what the user typed as a group-by ("sector", "行业", a header text as in the sheet, or a
 * column letter "F") into a function giving each project its group key.
 */
import { InputError } from "../errors";
import { columnIndex, columnLetter } from "../parse/column-letter";
import { headerKey, matchHeader } from "../reader/fields";
import type { Ledger, LocalText, ProjectRow } from "../types";
import { GROUP_FIELDS, GROUP_FIELD_KEYS, cellKeyOf, fieldKeyOf, type GroupField } from "./fields";

export interface GroupBy {
  /** As the user gave it. */
  spec: string;
  /** What the groups are, for titles: "行业" / "sector", or the column's header. */
  label: LocalText;
  /** The field, or the 0-based grid column when grouping on a raw column. */
  source: { field: GroupField } | { column: number };
  keyOf(row: ProjectRow): string;
}

/** Default grouping: sector and category when the ledger has them, else the section rows. */
export function defaultGroupBy(ledger: Ledger): string[] {
  const present = (["sector", "category"] as const).filter((f) => fieldPresent(ledger, f));
  if (present.length > 0) return [...present];
  return fieldPresent(ledger, "section") ? ["section"] : [];
}

export function resolveGroupBy(ledger: Ledger, spec: string): GroupBy {
  const field = fieldNamed(spec);
  if (field) {
    if (!fieldPresent(ledger, field)) throw unknownGroupBy(ledger, spec);
    return byField(spec, field);
  }

  const column = columnOfLetter(ledger, spec) ?? columnOfHeader(ledger, spec);
  if (column === null) throw unknownGroupBy(ledger, spec);
  // A column the reader recognised groups on the reader's cleaned value (which also covers section rows).
  const recognised = GROUP_FIELD_KEYS.find(
    (f) => f !== "section" && ledger.columns[f]?.col === column
  );
  if (recognised) return byField(spec, recognised);
  const header = ledger.headers[column]?.trim() || letterOf(ledger, column);
  return {
    spec,
    label: { "zh-CN": header, en: header },
    source: { column },
    keyOf: (row) => cellKeyOf(row.cells[column]),
  };
}

/** Our field names and labels, else any header wording the reader knows for a groupable field ("所属行业", "行業"). */
function fieldNamed(spec: string): GroupField | null {
  const wanted = headerKey(spec);
  const named = GROUP_FIELD_KEYS.find((f) =>
    fieldNames(f).some((name) => headerKey(name) === wanted)
  );
  if (named) return named;
  const byHeader = wanted === "" ? null : matchHeader(spec)?.field;
  return GROUP_FIELD_KEYS.find((f) => f === byHeader) ?? null;
}

function byField(spec: string, field: GroupField): GroupBy {
  return {
    spec,
    label: GROUP_FIELDS[field].label,
    source: { field },
    keyOf: (row) => fieldKeyOf(row, field),
  };
}

function fieldNames(field: GroupField): string[] {
  const info = GROUP_FIELDS[field];
  return [field, info.label["zh-CN"], info.label.en, ...(info.aliases ?? [])];
}

/** Whether a field has a column or a value on some project (sector and category may come from section rows). */
function fieldPresent(ledger: Ledger, field: GroupField): boolean {
  if (field === "section") return ledger.projects.some((p) => p.sections.length > 0);
  if (field === "currency") return true; // every project has one (CNY unless said otherwise)
  return ledger.columns[field] !== undefined || ledger.projects.some((p) => p[field] !== null);
}

function columnOfLetter(ledger: Ledger, spec: string): number | null {
  const letters = spec.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(letters)) return null;
  const sheetColumn = columnIndex(letters);
  const column = sheetColumn - ledger.origin.col;
  return column >= 0 && column < ledger.headers.length ? column : null;
}

/** Exact header, or the last part of a two-row header ("2024年/计划投资" → "计划投资"), compared as the reader compares headers. */
function columnOfHeader(ledger: Ledger, spec: string): number | null {
  const wanted = headerKey(spec);
  if (wanted === "") return null;
  const index = ledger.headers.findIndex(
    (header) => headerKey(header) === wanted || headerKey(header.split("/").pop() ?? "") === wanted
  );
  return index < 0 ? null : index;
}

function letterOf(ledger: Ledger, column: number): string {
  return columnLetter(column + ledger.origin.col);
}

function unknownGroupBy(ledger: Ledger, spec: string): InputError {
  const fields = GROUP_FIELD_KEYS.filter((f) => fieldPresent(ledger, f));
  const headers = ledger.headers
    .map((h, col) => (h.trim() === "" ? null : `${letterOf(ledger, col)}=${h.trim()}`))
    .filter((h): h is string => h !== null);
  const zhFields =
    fields.map((f) => `${f}（${GROUP_FIELDS[f].label["zh-CN"]}）`).join("、") || "无";
  const enFields = fields.join(", ") || "none";
  return new InputError(
    {
      "zh-CN": `工作表“${ledger.sheetName}”中找不到分组字段“${spec}”。可用字段：${zhFields}；或表头/列：${headers.join("、") || "无"}。`,
      en: `Cannot group by "${spec}" in sheet "${ledger.sheetName}". Available fields: ${enFields}; or headers/columns: ${headers.join(", ") || "none"}.`,
    },
    "input.group-by"
  );
}
