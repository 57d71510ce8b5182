/**
 * The column-mapping editor's logic: which sheet column each field reads from, the user's changes
 * on top of what the reader found, and the problems that block applying them.
 */
import { FIELD_LABELS } from "../../core/index";
import { columnLetter } from "../../core/index";
import type { ColumnMatch, FieldKey, Ledger, LocalText } from "../../core/index";

/** Fields always offered in the editor (the ones the check needs or groups by), in this order. */
export const KEY_FIELDS: readonly FieldKey[] = [
  "name",
  "code",
  "sector",
  "category",
  "responsibleUnit",
  "status",
  "startDate",
  "totalInvestment",
  "annualPlan",
  "completed",
  "completedThisMonth",
  "currency",
];

/** Every field, key fields first. */
export const ALL_FIELDS: readonly FieldKey[] = [
  ...KEY_FIELDS,
  ...(Object.keys(FIELD_LABELS) as FieldKey[]).filter((f) => !KEY_FIELDS.includes(f)),
];

/** Fields without which there is nothing to check. */
export const REQUIRED_FIELDS: readonly FieldKey[] = ["name"];

/** The user's choices: field → 0-based grid column, or null for "not in this sheet". */
export type MappingDraft = Partial<Record<FieldKey, number | null>>;

export interface ColumnOption {
  /** 0-based grid column. */
  col: number;
  letter: string;
  header: string;
}

export interface MappingRow {
  field: FieldKey;
  col: number | null;
  /** How the reader found it; "draft" when the user just changed it. */
  by: ColumnMatch["by"] | "draft" | null;
  /** Below 1: the reader guessed (by content or an ambiguous word). */
  confidence: number | null;
}

/** The sheet's columns (grid columns with a header or a mapped field), for the pickers. */
export function columnOptions(ledger: Ledger): ColumnOption[] {
  const mapped = new Set(Object.values(ledger.columns).map((m) => m?.col));
  return ledger.headers
    .map((header, col) => ({
      col,
      letter: columnLetter(ledger.origin.col + col),
      header: header.trim(),
    }))
    .filter((o) => o.header !== "" || mapped.has(o.col));
}

export function columnLabel(option: ColumnOption): string {
  return option.header ? `${option.letter} · ${option.header}` : option.letter;
}

export function currentColumn(ledger: Ledger, draft: MappingDraft, field: FieldKey): number | null {
  if (field in draft) return draft[field] ?? null;
  return ledger.columns[field]?.col ?? null;
}

/** Rows of the editor: key fields always, other fields when mapped (or all when asked). */
export function mappingRows(ledger: Ledger, draft: MappingDraft, showAll: boolean): MappingRow[] {
  return ALL_FIELDS.filter(
    (f) => showAll || KEY_FIELDS.includes(f) || currentColumn(ledger, draft, f) !== null
  ).map((field) => {
    const match = ledger.columns[field];
    const drafted = field in draft;
    return {
      field,
      col: currentColumn(ledger, draft, field),
      by: drafted ? "draft" : (match?.by ?? null),
      confidence: drafted ? null : (match?.confidence ?? null),
    };
  });
}

/** A change to one field; choosing what the reader found anyway removes the change. */
export function setColumn(
  ledger: Ledger,
  draft: MappingDraft,
  field: FieldKey,
  col: number | null
): MappingDraft {
  const next = { ...draft };
  if ((ledger.columns[field]?.col ?? null) === col) delete next[field];
  else next[field] = col;
  return next;
}

/** What stops the mapping from being applied: a column given to two fields, a missing name column. */
export function mappingProblems(ledger: Ledger, draft: MappingDraft): LocalText[] {
  const problems: LocalText[] = [];
  const byColumn = new Map<number, FieldKey[]>();
  for (const field of ALL_FIELDS) {
    const col = currentColumn(ledger, draft, field);
    if (col !== null) byColumn.set(col, [...(byColumn.get(col) ?? []), field]);
  }
  for (const [col, fields] of byColumn) {
    if (fields.length < 2) continue;
    const letter = columnLetter(ledger.origin.col + col);
    problems.push({
      "zh-CN": `第 ${letter} 列同时被设为${fields.map((f) => `“${FIELD_LABELS[f]["zh-CN"]}”`).join("和")}，每列只能对应一项。`,
      en: `Column ${letter} is set as ${fields.map((f) => `"${FIELD_LABELS[f].en}"`).join(" and ")}; a column can hold one field only.`,
    });
  }
  for (const field of REQUIRED_FIELDS) {
    if (currentColumn(ledger, draft, field) === null) {
      problems.push({
        "zh-CN": `请指定“${FIELD_LABELS[field]["zh-CN"]}”所在的列。`,
        en: `Choose the column that holds the ${FIELD_LABELS[field].en.toLowerCase()}.`,
      });
    }
  }
  return problems;
}

/** The mapping to save and to read with: the saved one with the draft on top. */
export function mergedColumns(saved: MappingDraft | undefined, draft: MappingDraft): MappingDraft {
  return { ...(saved ?? {}), ...draft };
}
