/** What the reader understood of the sheet: summary figures, the column map, the first findings. */
import { Fragment } from "react";
import {
  Badge,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ColumnMatch, FieldKey, Finding, Lang, Ledger } from "../../core/types";
import {
  FIELD_LABELS,
  SEVERITY_LABELS,
  TEXT,
  amountUnitText,
  headerRowsText,
  locationText,
  reportingMonthText,
} from "../i18n";

/** Enough to judge the reading at a glance; the full list belongs to the report. */
const FINDINGS_SHOWN = 5;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  column: {
    display: "grid",
    gridTemplateColumns: "2.5em 1fr",
    columnGap: tokens.spacingHorizontalS,
  },
  letter: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  header: { color: tokens.colorNeutralForeground3 },
  finding: { display: "flex", flexDirection: "column" },
});

type Fact = [label: string, value: string | number];

function facts(ledger: Ledger, lang: Lang): Fact[] {
  return [
    [TEXT.sheet[lang], ledger.sheetName],
    [TEXT.headerRows[lang], headerRowsText(ledger, lang)],
    [TEXT.projects[lang], ledger.projects.length],
    [TEXT.sections[lang], ledger.sections.length],
    [TEXT.subtotals[lang], ledger.subtotals.length],
    [TEXT.amountUnit[lang], amountUnitText(ledger, lang)],
    [TEXT.reportingMonth[lang], reportingMonthText(ledger, lang)],
  ];
}

/** The column map in sheet order. */
function mappedColumns(ledger: Ledger): [FieldKey, ColumnMatch][] {
  const entries = Object.entries(ledger.columns) as [FieldKey, ColumnMatch | undefined][];
  return entries
    .filter((entry): entry is [FieldKey, ColumnMatch] => entry[1] !== undefined)
    .sort((a, b) => a[1].col - b[1].col);
}

/** The sheet's own header, when it says more than the field label; and how the column was matched. */
function columnNote(field: FieldKey, match: ColumnMatch, lang: Lang): string {
  const label = FIELD_LABELS[field][lang];
  const notes = [match.header && match.header !== label ? match.header : ""];
  if (match.by === "content") notes.push(TEXT.byContent[lang]);
  return notes.filter(Boolean).join(" · ");
}

function ColumnList({ ledger, lang }: { ledger: Ledger; lang: Lang }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {mappedColumns(ledger).map(([field, match]) => (
        <li key={field} className={styles.column}>
          <span className={styles.letter}>{match.letter}</span>
          <span>
            {FIELD_LABELS[field][lang]}{" "}
            <Caption1 className={styles.header}>{columnNote(field, match, lang)}</Caption1>
          </span>
        </li>
      ))}
    </ul>
  );
}

function FindingList({ findings, lang }: { findings: Finding[]; lang: Lang }) {
  const styles = useStyles();
  if (findings.length === 0) return <Caption1>{TEXT.noFindings[lang]}</Caption1>;
  return (
    <ul className={styles.list}>
      {findings.slice(0, FINDINGS_SHOWN).map((finding, index) => (
        <li key={index} className={styles.finding}>
          <Caption1 className={styles.header}>
            {SEVERITY_LABELS[finding.severity][lang]} ·{" "}
            {locationText(finding.sheet, finding.column, finding.sheetRow)}
          </Caption1>
          <span>{finding.message[lang]}</span>
        </li>
      ))}
    </ul>
  );
}

export function LedgerView({ ledger, lang }: { ledger: Ledger; lang: Lang }) {
  const styles = useStyles();
  return (
    <>
      <MessageBar intent={ledger.found ? "success" : "warning"}>
        <MessageBarBody>
          <MessageBarTitle>{ledger.found ? TEXT.found[lang] : TEXT.notFound[lang]}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <dl className={styles.facts}>
        {facts(ledger, lang).map(([label, value]) => (
          <Fragment key={label}>
            <dt className={styles.term}>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {ledger.found && (
        <section className={styles.section}>
          <Subtitle2 as="h2">{TEXT.columns[lang]}</Subtitle2>
          <ColumnList ledger={ledger} lang={lang} />
        </section>
      )}
      <section className={styles.section}>
        <Subtitle2 as="h2">
          {TEXT.findings[lang]}{" "}
          <Badge appearance="tint" color="informative">
            {ledger.findings.length}
          </Badge>
        </Subtitle2>
        <FindingList findings={ledger.findings} lang={lang} />
      </section>
    </>
  );
}
