/** Check: the primary button, progress with cancel, and the results (totals, groups, lists). */
import { useEffect, useState } from "react";
import { Button, Caption1, Field, ProgressBar } from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import type { Lang } from "../../core/index";
import { TEXT } from "../i18n";
import type { Workflow } from "../use-workflow";
import { GroupTable } from "./GroupTable";
import { ProjectLists } from "./ProjectLists";
import { Totals } from "./Totals";
import { usePaneStyles } from "./styles";

export function CheckPanel({ flow, lang }: { flow: Workflow; lang: Lang }) {
  const styles = usePaneStyles();
  const { report, checkPhase, ledger } = flow.state;
  const specs = report ? Object.keys(report.groups) : [];
  const [groupBy, setGroupBy] = useState(specs[0] ?? "");
  useEffect(() => {
    if (!specs.includes(groupBy)) setGroupBy(specs[0] ?? "");
  }, [report]);

  return (
    <div className={styles.stack} data-testid="check-panel">
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
      {report && !checkPhase && (
        <>
          <Totals report={report} lang={lang} />
          {specs.length > 0 && (
            <GroupTable report={report} groupBy={groupBy} onGroupBy={setGroupBy} lang={lang} />
          )}
          <ProjectLists report={report} groupBy={groupBy} onSelect={flow.select} lang={lang} />
        </>
      )}
    </div>
  );
}
