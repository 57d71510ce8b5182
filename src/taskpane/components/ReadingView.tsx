/**
 * What the reader took for what, in words a user checks in five seconds (which column is this
 * year's completion, which were set aside, which rows are totals, sections, breakdowns), whether
 * the sheet's own 合计 row agrees, and a picker per row to correct the rows it took wrongly.
 */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { statedTotalsCheck } from "../../core/index";
import { DEFAULT_RULES } from "../../core/index";
import { readingLines, totalsMismatchText } from "../../core/index";
import type { Lang, Ledger } from "../../core/index";
import { TEXT, labelled, rowText } from "../i18n";
import { ROW_ROLES, ROW_ROLE_LABELS, type RowRole, rowRoleItems } from "../state/row-roles";
import { usePaneStyles } from "./styles";

export type RowRoleDraft = Record<number, RowRole | "auto">;

export function ReadingView({
  ledger,
  draft,
  onChange,
  lang,
}: {
  ledger: Ledger;
  draft: RowRoleDraft;
  onChange: (draft: RowRoleDraft) => void;
  lang: Lang;
}) {
  const styles = usePaneStyles();
  const lines = readingLines(ledger);
  // The usual rate is enough here: the check proper runs with the workbook's rule set.
  const totals = statedTotalsCheck(ledger, DEFAULT_RULES);
  const items = rowRoleItems(ledger);
  return (
    <section className={styles.section} aria-labelledby="reading-title" data-testid="reading">
      <Subtitle2 as="h2" id="reading-title">
        {TEXT.readingTitle[lang]}
      </Subtitle2>
      {totals && (
        <MessageBar
          intent={totals.agrees ? "success" : "warning"}
          layout="multiline"
          data-testid="totals-check"
          data-agrees={String(totals.agrees)}
        >
          <MessageBarBody>
            {totals.agrees
              ? lang === "en"
                ? `${TEXT.totalsAgree[lang]} (${rowText(totals.sheetRow, lang)})`
                : `${TEXT.totalsAgree[lang]}（${rowText(totals.sheetRow, lang)}）`
              : totalsMismatchText(ledger, totals)[lang]}
          </MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {lines.map((line, i) => (
          <li key={i} className={styles.wrap}>
            {line[lang]}
          </li>
        ))}
      </ul>
      {items.length > 0 && (
        <>
          <Subtitle2 as="h3">{TEXT.rowRolesTitle[lang]}</Subtitle2>
          <Caption1>{TEXT.rowRolesHint[lang]}</Caption1>
          <div className={styles.stack} data-testid="row-roles">
            {items.map((item) => (
              <div key={item.sheetRow} className={styles.row}>
                <Caption1 className={styles.wrap}>
                  {rowText(item.sheetRow, lang)}
                  {item.label ? (lang === "en" ? ` "${item.label}"` : `“${item.label}”`) : ""}
                </Caption1>
                <Select
                  aria-label={rowText(item.sheetRow, lang)}
                  value={draft[item.sheetRow] ?? "auto"}
                  onChange={(_, d) =>
                    onChange({ ...draft, [item.sheetRow]: d.value as RowRole | "auto" })
                  }
                  data-testid={`row-role-${item.sheetRow}`}
                >
                  <option value="auto">
                    {labelled(ROW_ROLE_LABELS.auto[lang], ROW_ROLE_LABELS[item.readAs][lang], lang)}
                  </option>
                  {ROW_ROLES.filter((r) => r !== item.readAs).map((role) => (
                    <option key={role} value={role}>
                      {ROW_ROLE_LABELS[role][lang]}
                    </option>
                  ))}
                </Select>
              </div>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
