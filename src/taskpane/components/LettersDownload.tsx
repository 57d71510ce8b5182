/** Output: download the 督导函 as Word documents (one .zip, a .docx per unit). */
import { useState } from "react";
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { DocumentArrowDownRegular } from "@fluentui/react-icons";
import { errorReport, type CheckReport, type Lang } from "../../core/index";
import type { WorkbookOptions } from "../../app/settings";
import { TEXT, lettersSavedText } from "../i18n";
import { downloadLetters } from "../letters-download";
import { usePaneStyles } from "./styles";

type LettersState =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "saved"; count: number }
  | { kind: "failed"; message: string };

export function LettersDownload({
  report,
  settings,
  lang,
  disabled,
}: {
  report: CheckReport;
  settings: WorkbookOptions;
  lang: Lang;
  disabled: boolean;
}) {
  const styles = usePaneStyles();
  const [state, setState] = useState<LettersState>({ kind: "idle" });
  const download = async () => {
    setState({ kind: "working" });
    try {
      setState({ kind: "saved", count: await downloadLetters(report, settings, lang) });
    } catch (error) {
      setState({ kind: "failed", message: errorReport(error).text[lang] });
    }
  };
  const status =
    state.kind === "saved"
      ? state.count === 0
        ? TEXT.noLetters[lang]
        : lettersSavedText(state.count, lang)
      : state.kind === "failed"
        ? state.message
        : "";
  return (
    <section className={styles.section} aria-labelledby="letters-title">
      <Subtitle2 as="h2" id="letters-title">
        {TEXT.lettersTitle[lang]}
      </Subtitle2>
      <Caption1 className={styles.muted}>{TEXT.lettersHint[lang]}</Caption1>
      <div className={styles.row}>
        <Button
          icon={<DocumentArrowDownRegular />}
          disabled={disabled || state.kind === "working"}
          onClick={() => void download()}
          data-testid="download-letters"
        >
          {state.kind === "working" ? TEXT.preparingLetters[lang] : TEXT.downloadLetters[lang]}
        </Button>
        <Caption1 role="status" data-testid="letters-status">
          {status}
        </Caption1>
      </div>
    </section>
  );
}
