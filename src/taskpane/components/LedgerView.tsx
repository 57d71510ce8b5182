/** What the reader understood of the sheet: the facts at a glance and the first findings. */
import { Fragment } from "react";
import { Badge, Caption1, Subtitle2 } from "@fluentui/react-components";
import { ledgerPeriodLabel } from "../../core/index";
import type { Finding, Lang, Ledger } from "../../core/index";
import { SEVERITY_LABELS, TEXT, amountUnitText, headerRowsText, locationText } from "../i18n";
import { usePaneStyles } from "./styles";

/** Enough to judge the reading at a glance; the full list belongs to the report. */
const FINDINGS_SHOWN = 5;

type Fact = [label: string, value: string | number];

function facts(ledger: Ledger, lang: Lang): Fact[] {
  return [
    [TEXT.sheet[lang], ledger.sheetName],
    [TEXT.headerRows[lang], headerRowsText(ledger, lang)],
    [TEXT.projects[lang], ledger.projects.length],
    [TEXT.sections[lang], ledger.sections.length],
    [TEXT.subtotals[lang], ledger.subtotals.length],
    [TEXT.amountUnit[lang], amountUnitText(ledger, lang)],
    [TEXT.reportingMonth[lang], ledgerPeriodLabel(ledger, lang) ?? TEXT.unknown[lang]],
  ];
}

export function LedgerFacts({ ledger, lang }: { ledger: Ledger; lang: Lang }) {
  const styles = usePaneStyles();
  return (
    <dl className={styles.facts} data-testid="ledger-facts">
      {facts(ledger, lang).map(([label, value]) => (
        <Fragment key={label}>
          <dt className={styles.term}>{label}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function FindingList({ findings, lang }: { findings: Finding[]; lang: Lang }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-label={TEXT.findings[lang]}>
      <Subtitle2 as="h3">
        {TEXT.findings[lang]}{" "}
        <Badge appearance="tint" color="informative">
          {findings.length}
        </Badge>
      </Subtitle2>
      {findings.length === 0 ? (
        <Caption1>{TEXT.noFindings[lang]}</Caption1>
      ) : (
        <ul className={styles.list}>
          {findings.slice(0, FINDINGS_SHOWN).map((finding, index) => (
            <li key={index} className={styles.tight}>
              <Caption1 className={styles.muted}>
                {SEVERITY_LABELS[finding.severity][lang]} ·{" "}
                {locationText(finding.sheet, finding.column, finding.sheetRow)}
              </Caption1>
              <span className={styles.wrap}>{finding.message[lang]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
