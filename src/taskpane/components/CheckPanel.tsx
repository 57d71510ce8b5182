/**
 * Check: the primary button, progress with cancel, and the results, labelled with their sheet
 * and period: a banner when the checks found data errors (count, the totals they touch, a link to
 * their list), the totals, groups and lists. A sheet without a ledger gets no results at all, only
 * what to do. When a check ends, focus moves to its outcome (not to <body>).
 */
import { useEffect, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { FIELD_LABELS } from "../../core/index";
import type { Lang } from "../../core/index";
import { type DataErrors, dataErrorsOf } from "../../app/data-errors";
import { isLedger } from "../../app/workflow";
import { TEXT, dataErrorsText, noLedgerText } from "../i18n";
import type { Workflow } from "../use-workflow";

/** The part of the workflow this panel uses: what the 检查 step reads and may do. */
type CheckPanelFlow = Pick<Workflow, "state" | "check" | "cancelCheck" | "select" | "setStep">;
import { GroupTable } from "./GroupTable";
import { type ListView, ProjectLists } from "./ProjectLists";
import { ResultContext } from "./ResultContext";
import { Totals } from "./Totals";
import { usePaneStyles } from "./styles";

function DataErrorsBanner({
  errors,
  onShow,
  lang,
}: {
  errors: DataErrors;
  onShow: () => void;
  lang: Lang;
}) {
  const figures = errors.figures.map((f) => FIELD_LABELS[f][lang]);
  return (
    <MessageBar intent="error" layout="multiline" data-testid="data-errors">
      <MessageBarBody>
        {dataErrorsText(errors.findings.length, figures, lang)}{" "}
        <Link as="button" inline onClick={onShow} data-testid="show-errors">
          {TEXT.dataErrorsLink[lang]}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}

export function CheckPanel({ flow, lang }: { flow: CheckPanelFlow; lang: Lang }) {
  const styles = usePaneStyles();
  const { report, checkPhase, ledger } = flow.state;
  const specs = report ? Object.keys(report.groups) : [];
  const [groupBy, setGroupBy] = useState(specs[0] ?? "");
  const [list, setList] = useState<ListView>({ kind: "behind", severity: null });
  const panel = useRef<HTMLDivElement>(null);
  const outcome = useRef<HTMLElement | null>(null);
  const lists = useRef<HTMLHeadingElement>(null);
  const wasChecking = useRef(false);
  useEffect(() => {
    if (!specs.includes(groupBy)) setGroupBy(specs[0] ?? "");
  }, [report]);
  // The check ended: focus its outcome unless the user has moved on meanwhile.
  useEffect(() => {
    if (checkPhase !== null) {
      wasChecking.current = true;
      return;
    }
    if (!wasChecking.current) return;
    wasChecking.current = false;
    const active = document.activeElement;
    if (!active || active === document.body || panel.current?.contains(active))
      outcome.current?.focus();
  }, [checkPhase]);
  const noLedger = !report && !checkPhase && ledger !== null && !isLedger(ledger);
  const errors = report ? dataErrorsOf(report) : null;
  const showErrors = () => {
    setList({ kind: "problems", severity: "error" });
    requestAnimationFrame(() => lists.current?.focus());
  };

  return (
    <div className={styles.stack} data-testid="check-panel" ref={panel}>
      {!ledger && !checkPhase && <Caption1>{TEXT.checkFirst[lang]}</Caption1>}
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<PlayRegular />}
          disabled={checkPhase !== null || flow.state.busy !== null}
          onClick={() => void flow.check()}
          data-testid="run-check"
        >
          {report ? TEXT.rerunCheck[lang] : TEXT.runCheck[lang]}
        </Button>
        {checkPhase && (
          <Button onClick={flow.cancelCheck} data-testid="cancel-check">
            {TEXT.cancel[lang]}
          </Button>
        )}
      </div>
      {checkPhase && (
        <Field
          validationMessage={
            checkPhase === "reading" ? TEXT.phaseReading[lang] : TEXT.phaseChecking[lang]
          }
          validationState="none"
        >
          <ProgressBar
            value={checkPhase === "reading" ? 0.3 : 0.8}
            aria-label={
              checkPhase === "reading" ? TEXT.phaseReading[lang] : TEXT.phaseChecking[lang]
            }
          />
        </Field>
      )}
      {noLedger && ledger && (
        <div
          tabIndex={-1}
          ref={(node) => void (outcome.current = node)}
          data-testid="no-ledger-outcome"
        >
          <MessageBar intent="warning" layout="multiline" data-testid="no-ledger">
            <MessageBarBody>
              <MessageBarTitle>{noLedgerText(ledger.sheetName, lang)}</MessageBarTitle>
              {TEXT.noLedgerNext[lang]}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => flow.setStep("detect")} data-testid="go-detect">
                {TEXT.goToDetect[lang]}
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {report && errors && !checkPhase && (
        <>
          <ResultContext
            report={report}
            lang={lang}
            ref={(node) => void (outcome.current = node)}
          />
          {errors.findings.length > 0 && (
            <DataErrorsBanner errors={errors} onShow={showErrors} lang={lang} />
          )}
          <Totals report={report} errors={errors} lang={lang} />
          {specs.length > 0 && (
            <GroupTable report={report} groupBy={groupBy} onGroupBy={setGroupBy} lang={lang} />
          )}
          <ProjectLists
            report={report}
            groupBy={groupBy}
            view={list}
            onView={setList}
            headingRef={lists}
            onSelect={flow.select}
            lang={lang}
          />
        </>
      )}
    </div>
  );
}
