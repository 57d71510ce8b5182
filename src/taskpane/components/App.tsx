/** The task pane: header, one-line explanation, the detect button and what the reader understood. */
import { useState } from "react";
import {
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { DocumentTableSearch24Regular } from "@fluentui/react-icons";
import type { Lang, Ledger } from "../../core/types";
import { detectLedgerOnActiveSheet } from "../detect-ledger";
import { TEXT } from "../i18n";
import { Header } from "./Header";
import { LedgerView } from "./LedgerView";

type Detection =
  | { state: "idle" }
  | { state: "reading" }
  | { state: "read"; ledger: Ledger }
  | { state: "failed"; message: string };

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "600px",
  },
  tagline: { color: tokens.colorNeutralForeground2 },
});

interface AppProps {
  lang: Lang;
  theme: Theme;
  /** False when the page is opened outside Excel (a plain browser): there is no sheet to read. */
  inExcel: boolean;
}

export function App({ lang, theme, inExcel }: AppProps) {
  const styles = useStyles();
  const [detection, setDetection] = useState<Detection>({ state: "idle" });

  async function detect() {
    if (!inExcel) {
      setDetection({ state: "failed", message: TEXT.notInExcel[lang] });
      return;
    }
    setDetection({ state: "reading" });
    try {
      setDetection({ state: "read", ledger: await detectLedgerOnActiveSheet() });
    } catch (error) {
      setDetection({
        state: "failed",
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.page}>
        <Header lang={lang} />
        <Body1 className={styles.tagline}>{TEXT.tagline[lang]}</Body1>
        <Button
          appearance="primary"
          icon={<DocumentTableSearch24Regular />}
          disabled={detection.state === "reading"}
          onClick={detect}
        >
          {TEXT.detect[lang]}
        </Button>
        {detection.state === "reading" && <Spinner size="tiny" label={TEXT.reading[lang]} />}
        {detection.state === "failed" && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>{TEXT.failed[lang]}</MessageBarTitle>
              {detection.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {detection.state === "read" && <LedgerView ledger={detection.ledger} lang={lang} />}
      </main>
    </FluentProvider>
  );
}
