/**
 * Reconcile: pick last month's sheet (or open last month's .xlsx file), see what changed and the
 * month's increment, insert it as a sheet.
 */
import { useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { ArrowSwapRegular, FolderOpenRegular, TableAddRegular } from "@fluentui/react-icons";
import type { ProjectRef, ReconcileResult } from "../../core/index";
import type { Lang } from "../../core/index";
import { wanAmountText } from "../../core/index";
import { TEXT, reconcilePairText, rowText } from "../i18n";
import { RECONCILE_SECTIONS } from "../state/results";
import type { Workflow } from "../use-workflow";

/** The part of the workflow this panel uses: what the 核对 step reads and may do. */
type ReconcilePanelFlow = Pick<Workflow, "state" | "compare" | "compareFile" | "insertReconcile">;
import { usePaneStyles } from "./styles";

function refText(ref: ProjectRef, lang: Lang): string {
  return [ref.name ?? ref.code ?? "", rowText(ref.sheetRow, lang)].filter(Boolean).join(" · ");
}

function ResultView({ result, lang }: { result: ReconcileResult; lang: Lang }) {
  const styles = usePaneStyles();
  return (
    <div className={styles.tight} data-testid="reconcile-result">
      <Caption1 className={styles.muted}>
        {reconcilePairText(result.previous.sheet, result.current.sheet, lang)}
      </Caption1>
      <dl className={styles.facts}>
        <dt className={styles.term}>{TEXT.monthIncrement[lang]}</dt>
        <dd className={styles.value} data-testid="month-increment">
          {wanAmountText(result.monthIncrement, lang)}
        </dd>
      </dl>
      <Accordion multiple collapsible>
        {RECONCILE_SECTIONS.map((key) => {
          const items = result[key];
          return (
            <AccordionItem key={key} value={key} disabled={items.length === 0}>
              <AccordionHeader size="small" data-testid={`reconcile-${key}`}>
                {`${TEXT[key][lang]} (${items.length})`}
              </AccordionHeader>
              <AccordionPanel>
                <ul className={styles.list}>
                  {items.map((item, i) => (
                    <li key={i} className={styles.wrap}>
                      {refText(item, lang)}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}

/** A button that opens the file dialog of a hidden .xlsx input; the file is read in the pane. */
function PreviousFilePicker({
  flow,
  lang,
  alone,
}: {
  flow: ReconcilePanelFlow;
  lang: Lang;
  /** No sheet to pick: the file is the only way, so the button is not an "or". */
  alone: boolean;
}) {
  const styles = usePaneStyles();
  const input = useRef<HTMLInputElement>(null);
  const { busy } = flow.state;
  function picked(files: FileList | null) {
    const file = files?.[0];
    // Cleared, so that picking the same file again (after fixing it) reads it again.
    if (input.current) input.current.value = "";
    if (file) void flow.compareFile(file);
  }
  return (
    <div className={styles.tight}>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        onChange={(e) => picked(e.currentTarget.files)}
        data-testid="previous-file-input"
      />
      <Button
        appearance={alone ? "primary" : "secondary"}
        icon={<FolderOpenRegular />}
        disabled={busy !== null}
        onClick={() => input.current?.click()}
        data-testid="open-previous-file"
      >
        {busy === "compare-file"
          ? TEXT.readingFile[lang]
          : (alone ? TEXT.openPreviousFileOnly : TEXT.openPreviousFile)[lang]}
      </Button>
      <Caption1 className={styles.muted}>{TEXT.previousFileNote[lang]}</Caption1>
    </div>
  );
}

export function ReconcilePanel({ flow, lang }: { flow: ReconcilePanelFlow; lang: Lang }) {
  const styles = usePaneStyles();
  const { sheets, ledger, reconcile, busy, settings } = flow.state;
  const candidates = sheets.filter((s) => !s.own && !s.hidden && s.name !== ledger?.sheetName);
  const index = sheets.findIndex((s) => s.name === ledger?.sheetName);
  // Default: the saved choice, else the sheet left of this month's (ledgers are usually added at the right).
  const guess =
    candidates.find((s) => s.name === settings.previousSheet) ??
    candidates.filter((s) => sheets.indexOf(s) < index).pop() ??
    candidates[0];
  const [previous, setPrevious] = useState(guess?.name ?? "");
  const chosen = candidates.some((s) => s.name === previous) ? previous : (guess?.name ?? "");

  const insert = () => flow.insertReconcile();

  if (!ledger) return <Caption1>{TEXT.checkFirst[lang]}</Caption1>;
  return (
    <div className={styles.stack} data-testid="reconcile-panel">
      <Subtitle2 as="h2">{TEXT.reconcileTitle[lang]}</Subtitle2>
      <Caption1 className={styles.muted}>{TEXT.reconcileHint[lang]}</Caption1>
      {candidates.length === 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{TEXT.noPreviousSheet[lang]}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Field label={TEXT.previousSheet[lang]}>
            <Select
              value={chosen}
              onChange={(_, d) => setPrevious(d.value)}
              data-testid="previous-sheet"
            >
              {candidates.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            appearance="primary"
            icon={<ArrowSwapRegular />}
            disabled={busy !== null || !chosen}
            onClick={() => void flow.compare(chosen)}
            data-testid="compare"
          >
            {busy === "compare" ? TEXT.comparing[lang] : TEXT.compare[lang]}
          </Button>
        </>
      )}
      <PreviousFilePicker flow={flow} lang={lang} alone={candidates.length === 0} />
      {reconcile && (
        <>
          <ResultView result={reconcile} lang={lang} />
          <Button
            icon={<TableAddRegular />}
            disabled={busy !== null}
            onClick={() => void insert()}
            data-testid="insert-reconcile"
          >
            {TEXT.insertReconcile[lang]}
          </Button>
        </>
      )}
    </div>
  );
}
