/** Reading findings, located by sheet, row and column, worded in both languages. */
import type { FindingCode } from "../finding-codes";
import type { FieldKey, Finding, LocalText, Severity } from "../types";
import { FIELD_LABELS } from "./fields";
import type { GridView } from "./grid-view";

export class FindingLog {
  readonly items: Finding[] = [];

  constructor(private readonly view: GridView) {}

  sheet(
    code: FindingCode,
    severity: Severity,
    message: LocalText,
    data?: Record<string, unknown>
  ): void {
    this.items.push({
      code,
      severity,
      sheet: this.view.sheetName,
      sheetRow: null,
      column: null,
      field: null,
      message,
      ...(data ? { data } : {}),
    });
  }

  /** A finding about one cell: "第12行 F列（总投资）：…" / "Row 12, column F (Total investment): …". */
  cell(
    code: FindingCode,
    severity: Severity,
    r: number,
    c: number,
    field: FieldKey | null,
    what: LocalText,
    data?: Record<string, unknown>
  ): void {
    const sheetRow = this.view.sheetRow(r);
    const column = this.view.letter(c);
    const label = field ? FIELD_LABELS[field] : null;
    const message: LocalText = {
      "zh-CN": `第${sheetRow}行 ${column}列${label ? `（${label["zh-CN"]}）` : ""}：${what["zh-CN"]}`,
      en: `Row ${sheetRow}, column ${column}${label ? ` (${label.en})` : ""}: ${what.en}`,
    };
    this.items.push({
      code,
      severity,
      sheet: this.view.sheetName,
      sheetRow,
      column,
      field,
      message,
      ...(data ? { data } : {}),
    });
  }
}

/** Long cell texts are cut in messages so a finding stays readable. */
export function quote(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
