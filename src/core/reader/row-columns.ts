/**
 * Where each field of a project row is read from, worked out once per sheet. The row readers ask
 * for some 30 fields of every row; looking each up by a computed key in the column map (most are
 * absent) cost more than reading the cells. These objects are reached by fixed property names.
 */
import type { AmountField, AmountUnit, ColumnMap, FieldKey } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { unitFactor } from "../parse/amount";
import { FIELD_LABELS } from "./fields";
import { CONTACT_FIELDS } from "./sub-fields";

/** A field's column in the grid. */
export interface FieldColumn {
  field: FieldKey;
  col: number;
  /** A vertical merge fills this field down (one cell for several projects). */
  mergeFilled: boolean;
}

/** An amount field's column, with the unit its plain numbers are converted from. */
export interface AmountColumn {
  field: AmountField;
  col: number;
  unit: AmountUnit;
  /** unitFactor(unit): plain numbers times this are in 万. */
  factor: number;
}

/** The people columns under a unit's header; null fields have no column. */
export interface ContactColumns {
  person: FieldColumn | null;
  contact: FieldColumn | null;
  phone: FieldColumn | null;
}

export interface RowColumns {
  /** Every field, null where the sheet has no column for it. */
  fields: Readonly<Record<FieldKey, FieldColumn | null>>;
  amounts: Readonly<Record<AmountField, AmountColumn | null>>;
  /** The amount columns the sheet has, in AMOUNT_FIELDS order. */
  amountList: readonly AmountColumn[];
  /** Null when the sheet has none of the unit's people columns. */
  ownerContact: ContactColumns | null;
  responsibleContact: ContactColumns | null;
}

/** Text fields a vertical merge fills down (one cell for several projects); never names or codes. */
const MERGE_FILLED: ReadonlySet<FieldKey> = new Set<FieldKey>([
  "owner",
  "ownerPerson",
  "ownerContact",
  "ownerPhone",
  "responsibleUnit",
  "responsiblePerson",
  "responsibleContact",
  "responsiblePhone",
  "leader",
  "sector",
  "category",
  "level",
  "listed",
  "county",
  "status",
  "currency",
]);

const FIELD_KEYS = Object.keys(FIELD_LABELS) as FieldKey[];

export function rowColumns(
  columns: ColumnMap,
  units: Readonly<Record<AmountField, AmountUnit>>
): RowColumns {
  // Every key set, in one order: all sheets' objects share one shape.
  const fields = {} as Record<FieldKey, FieldColumn | null>;
  for (const field of FIELD_KEYS) {
    const match = columns[field];
    fields[field] = match ? { field, col: match.col, mergeFilled: MERGE_FILLED.has(field) } : null;
  }
  const amounts = {} as Record<AmountField, AmountColumn | null>;
  const amountList: AmountColumn[] = [];
  for (const field of AMOUNT_FIELDS) {
    const match = columns[field];
    const unit = units[field];
    const column = match ? { field, col: match.col, unit, factor: unitFactor(unit) } : null;
    amounts[field] = column;
    if (column) amountList.push(column);
  }
  return {
    fields,
    amounts,
    amountList,
    ownerContact: contactColumns(fields, CONTACT_FIELDS.owner),
    responsibleContact: contactColumns(fields, CONTACT_FIELDS.responsible),
  };
}

function contactColumns(
  fields: Readonly<Record<FieldKey, FieldColumn | null>>,
  keys: Readonly<Record<keyof ContactColumns, FieldKey>>
): ContactColumns | null {
  const person = fields[keys.person];
  const contact = fields[keys.contact];
  const phone = fields[keys.phone];
  return person || contact || phone ? { person, contact, phone } : null;
}
