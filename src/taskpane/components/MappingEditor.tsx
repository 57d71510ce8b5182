/** The column mapping: one picker per field, from the sheet's own columns; guesses are flagged. */
import {
  Badge,
  Caption1,
  Checkbox,
  Select,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { FieldKey, Lang, Ledger } from "../../core/index";
import { FIELD_LABELS, TEXT } from "../i18n";
import { SURE_CONFIDENCE } from "../state/detect";
import {
  type MappingDraft,
  type MappingRow,
  columnLabel,
  columnOptions,
  mappingRows,
  setColumn,
} from "../state/mapping";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  field: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 7.5em) minmax(0, 1fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  label: { overflowWrap: "anywhere" },
  select: { minWidth: 0 },
});

function RowBadge({ row, lang }: { row: MappingRow; lang: Lang }) {
  if (row.by === "draft")
    return (
      <Badge size="small" appearance="tint" color="brand">
        {TEXT.changed[lang]}
      </Badge>
    );
  if (row.by === "content")
    return (
      <Badge size="small" appearance="tint" color="warning">
        {TEXT.byContent[lang]}
      </Badge>
    );
  if (row.confidence !== null && row.confidence < SURE_CONFIDENCE)
    return (
      <Badge size="small" appearance="tint" color="warning">
        {TEXT.uncertain[lang]}
      </Badge>
    );
  return null;
}

export function MappingEditor({
  ledger,
  draft,
  onChange,
  lang,
}: {
  ledger: Ledger;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  lang: Lang;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const [showAll, setShowAll] = useState(false);
  const options = columnOptions(ledger);
  const idPrefix = useId("map-");
  const change = (field: FieldKey, value: string) =>
    onChange(setColumn(ledger, draft, field, value === "" ? null : Number(value)));

  return (
    <div className={pane.tight} role="group" aria-labelledby={`${idPrefix}title`}>
      <Caption1 id={`${idPrefix}title`} className={pane.muted}>
        {TEXT.columnsHint[lang]}
      </Caption1>
      {mappingRows(ledger, draft, showAll).map((row) => {
        const id = `${idPrefix}${row.field}`;
        return (
          <div key={row.field} className={styles.field}>
            <label htmlFor={id} className={styles.label}>
              {FIELD_LABELS[row.field][lang]} <RowBadge row={row} lang={lang} />
            </label>
            <Select
              id={id}
              size="small"
              className={styles.select}
              value={row.col === null ? "" : String(row.col)}
              onChange={(_, data) => change(row.field, data.value)}
              data-field={row.field}
            >
              <option value="">{TEXT.noColumn[lang]}</option>
              {options.map((o) => (
                <option key={o.col} value={String(o.col)}>
                  {columnLabel(o)}
                </option>
              ))}
            </Select>
          </div>
        );
      })}
      <Checkbox
        label={TEXT.showAllFields[lang]}
        checked={showAll}
        onChange={(_, data) => setShowAll(Boolean(data.checked))}
      />
    </div>
  );
}
