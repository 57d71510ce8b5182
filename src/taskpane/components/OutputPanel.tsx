/** Output: insert the chosen summary sheets, annotate the ledger or remove that, copy the paragraph. */
import { useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
  Switch,
  Textarea,
} from "@fluentui/react-components";
import {
  CopyRegular,
  DeleteRegular,
  HighlightRegular,
  TableAddRegular,
} from "@fluentui/react-icons";
import { groupByLabel } from "../../core/index";
import type { OutputSheetKind } from "../../core/index";
import type { Lang } from "../../core/index";
import { OUTPUT_SHEET_KINDS, TEXT, noLedgerText } from "../i18n";
import { isLedger } from "../../app/workflow";
import { ResultContext } from "./ResultContext";
import { copyText } from "../clipboard";
import { LettersDownload } from "./LettersDownload";
import { DEFAULT_OUTPUT_KINDS } from "../state/results";
import type { Workflow } from "../use-workflow";

/** The part of the workflow this panel uses: what the 输出 step reads and may do. */
type OutputPanelFlow = Pick<
  Workflow,
  "state" | "annotate" | "insertSheets" | "removeAnnotations" | "summaryGroupings"
>;
import { usePaneStyles } from "./styles";

/** The reconciliation sheet is inserted from the Reconcile step (it replaces only its own predecessor). */
const KINDS = OUTPUT_SHEET_KINDS.filter((k) => k.kind !== "reconcile");

function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

export function OutputPanel({ flow, lang }: { flow: OutputPanelFlow; lang: Lang }) {
  const styles = usePaneStyles();
  const { report, busy, settings } = flow.state;
  const [kinds, setKinds] = useState<OutputSheetKind[]>(
    (settings.include ?? DEFAULT_OUTPUT_KINDS).filter((k) => k !== "reconcile")
  );
  const [groupings, setGroupings] = useState<string[]>(() =>
    report ? flow.summaryGroupings(report.ledger) : []
  );
  const [highlight, setHighlight] = useState(true);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  if (!report) {
    const ledger = flow.state.ledger;
    // No ledger, nothing to output: said so, instead of sheets of zeros.
    return ledger && !isLedger(ledger) ? (
      <Caption1 data-testid="output-no-ledger">
        {`${noLedgerText(ledger.sheetName, lang)}${lang === "en" ? ". " : "。"}`}
        {TEXT.noLedgerNext[lang]}
      </Caption1>
    ) : (
      <Caption1>{TEXT.checkFirst[lang]}</Caption1>
    );
  }
  const specs = Object.keys(report.groups);
  const paragraph = report.narrative[lang];
  const ordered = (chosen: OutputSheetKind[]) =>
    KINDS.map((k) => k.kind).filter((k) => chosen.includes(k));

  const insert = () =>
    flow.insertSheets(
      ordered(kinds),
      specs.filter((s) => groupings.includes(s))
    );
  const annotate = () => flow.annotate(highlight);
  const clear = () => flow.removeAnnotations();

  return (
    <div className={styles.stack} data-testid="output-panel">
      <ResultContext report={report} lang={lang} />
      <section className={styles.tight} aria-labelledby="insert-title">
        <Subtitle2 as="h2" id="insert-title">
          {TEXT.outputTitle[lang]}
        </Subtitle2>
        <Caption1 className={styles.muted}>{TEXT.outputHint[lang]}</Caption1>
        <div role="group" aria-labelledby="insert-title">
          {KINDS.map(({ kind, label }) => (
            <Checkbox
              key={kind}
              label={label[lang]}
              checked={kinds.includes(kind)}
              onChange={(_, d) => setKinds((list) => toggle(list, kind, Boolean(d.checked)))}
              data-kind={kind}
            />
          ))}
        </div>
        {kinds.includes("summary") && specs.length > 1 && (
          <div role="group" aria-labelledby="groupings-title" className={styles.tight}>
            <Caption1 id="groupings-title" className={styles.muted}>
              {TEXT.summaryGroupings[lang]}
            </Caption1>
            <div className={styles.row}>
              {specs.map((spec) => (
                <Checkbox
                  key={spec}
                  label={groupByLabel(report, spec)[lang]}
                  checked={groupings.includes(spec)}
                  onChange={(_, d) =>
                    setGroupings((list) => toggle(list, spec, Boolean(d.checked)))
                  }
                />
              ))}
            </div>
          </div>
        )}
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={busy !== null || kinds.length === 0}
          onClick={() => void insert()}
          data-testid="insert-sheets"
        >
          {busy === "insert" ? TEXT.inserting[lang] : TEXT.insertSheets[lang]}
        </Button>
        {kinds.length === 0 && <Caption1>{TEXT.nothingChosen[lang]}</Caption1>}
      </section>

      <LettersDownload report={report} settings={settings} lang={lang} disabled={busy !== null} />

      <section className={styles.section} aria-labelledby="annotate-title">
        <Subtitle2 as="h2" id="annotate-title">
          {TEXT.annotateTitle[lang]}
        </Subtitle2>
        <Caption1 className={styles.muted}>{TEXT.annotateHint[lang]}</Caption1>
        <Switch
          label={TEXT.highlightRows[lang]}
          checked={highlight}
          onChange={(_, d) => setHighlight(d.checked)}
        />
        <div className={styles.row}>
          <Button
            icon={<HighlightRegular />}
            disabled={busy !== null}
            onClick={() => void annotate()}
            data-testid="annotate"
          >
            {TEXT.annotate[lang]}
          </Button>
          <Button
            icon={<DeleteRegular />}
            disabled={busy !== null}
            onClick={() => void clear()}
            data-testid="clear-annotations"
          >
            {TEXT.clearAnnotations[lang]}
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="paragraph-title">
        <Subtitle2 as="h2" id="paragraph-title">
          {TEXT.paragraphTitle[lang]}
        </Subtitle2>
        <Textarea
          readOnly
          resize="vertical"
          rows={7}
          value={paragraph}
          aria-labelledby="paragraph-title"
          data-testid="paragraph"
        />
        <div className={styles.row}>
          <Button
            icon={<CopyRegular />}
            onClick={() =>
              void copyText(paragraph).then((ok) => setCopyState(ok ? "copied" : "failed"))
            }
            data-testid="copy-paragraph"
          >
            {TEXT.copy[lang]}
          </Button>
          <Caption1 role="status">
            {copyState === "copied"
              ? TEXT.copied[lang]
              : copyState === "failed"
                ? TEXT.copyFailed[lang]
                : ""}
          </Caption1>
        </div>
      </section>
    </div>
  );
}
