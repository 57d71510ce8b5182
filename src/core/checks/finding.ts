/** Builds findings located on a ledger's cells. */
import type { FindingCode } from "../finding-codes";
import type { FieldKey, Finding, Ledger, LocalText, ProjectRow, Severity } from "../types";

export interface FindingSpec {
  code: FindingCode;
  severity: Severity;
  field: FieldKey | null;
  message: LocalText;
  data?: Record<string, unknown>;
}

/** A finding on a project row, at the field's column when the ledger has it. */
export function rowFinding(
  ledger: Ledger,
  row: Pick<ProjectRow, "sheetRow">,
  spec: FindingSpec
): Finding {
  return locatedFinding(ledger, row.sheetRow, spec);
}

/** A finding on any sheet row (null = the whole sheet). */
export function locatedFinding(
  ledger: Ledger,
  sheetRow: number | null,
  spec: FindingSpec
): Finding {
  const finding: Finding = {
    code: spec.code,
    severity: spec.severity,
    sheet: ledger.sheetName,
    sheetRow,
    column: spec.field ? (ledger.columns[spec.field]?.letter ?? null) : null,
    field: spec.field,
    message: spec.message,
  };
  if (spec.data) finding.data = spec.data;
  return finding;
}
