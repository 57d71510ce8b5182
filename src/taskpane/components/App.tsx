/**
 * The task pane: header, the five steps as tabs (Detect, Check, Output, Reconcile, Settings),
 * the first-run welcome, and the error and notice bars every step shares.
 */
import { useEffect, useState } from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { Lang } from "../../core/index";
import { setWelcomeDone, welcomeDone } from "../first-run";
import { TEXT } from "../i18n";
import type { Host } from "../../app/host";
import { type Step, useWorkflow } from "../use-workflow";
import { CheckPanel } from "./CheckPanel";
import { DetectPanel } from "./DetectPanel";
import { FirstRun } from "./FirstRun";
import { Header } from "./Header";
import { ErrorBar, NoticeBar } from "./Messages";
import { OutputPanel } from "./OutputPanel";
import { ReconcilePanel } from "./ReconcilePanel";
import { SettingsPanel } from "./SettingsPanel";
import { usePaneGlobalStyles } from "./styles";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  page: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "600px",
    boxSizing: "border-box",
    minWidth: 0,
  },
  tabs: { flexWrap: "wrap", marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})` },
  // Narrow padding: the five English tabs fit on one line at 350 px in Segoe UI (Office's font).
  tab: { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

const STEPS: { step: Step; label: keyof typeof TEXT }[] = [
  { step: "detect", label: "tabDetect" },
  { step: "check", label: "tabCheck" },
  { step: "output", label: "tabOutput" },
  { step: "reconcile", label: "tabReconcile" },
  { step: "settings", label: "tabSettings" },
];

interface AppProps {
  lang: Lang;
  theme: Theme;
  /** The workbook's host; null when the page is opened outside Excel (a plain browser): there is no sheet to read. */
  host: Host | null;
  /** Opened by the ribbon's Quick check: run the check with the saved settings and show the results. */
  quick?: boolean;
}

export function App({ lang, theme, host, quick = false }: AppProps) {
  const styles = useStyles();
  usePaneGlobalStyles();
  const flow = useWorkflow(host, lang, { quick });
  const [welcome, setWelcome] = useState(() => !quick && !welcomeDone());
  const { error, notice } = flow.state;
  /** Where focus goes once the welcome is gone (its buttons vanish with it). */
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId, flow.step]);
  const closeWelcome = () => {
    setWelcomeDone(true);
    setWelcome(false);
  };
  const startWithDetect = () => {
    closeWelcome();
    flow.setStep("detect");
    setFocusId("sheet-picker");
  };
  const checkNow = () => {
    closeWelcome();
    flow.setStep("check");
    // The check panel moves focus to the results when the check ends.
    void flow.check();
  };

  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.page}>
        <Header lang={lang} />
        {!host && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{TEXT.notInExcel[lang]}</MessageBarBody>
          </MessageBar>
        )}
        {welcome && <FirstRun lang={lang} onStart={startWithDetect} onCheckNow={checkNow} />}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={flow.step}
          onTabSelect={(_, data) => flow.setStep(data.value as Step)}
          aria-label={TEXT.tabs[lang]}
        >
          {STEPS.map(({ step, label }) => (
            <Tab key={step} value={step} className={styles.tab} data-testid={`tab-${step}`}>
              {TEXT[label][lang]}
            </Tab>
          ))}
        </TabList>
        {error && <ErrorBar error={error} lang={lang} onDismiss={flow.dismissError} />}
        {notice && <NoticeBar notice={notice} />}
        <div
          role="tabpanel"
          aria-label={TEXT[STEPS.find((s) => s.step === flow.step)!.label][lang]}
        >
          {flow.step === "detect" && <DetectPanel flow={flow} lang={lang} />}
          {flow.step === "check" && <CheckPanel flow={flow} lang={lang} />}
          {flow.step === "output" && <OutputPanel flow={flow} lang={lang} />}
          {flow.step === "reconcile" && <ReconcilePanel flow={flow} lang={lang} />}
          {flow.step === "settings" && (
            <SettingsPanel
              flow={flow}
              lang={lang}
              onShowWelcome={() => {
                setWelcomeDone(false);
                setWelcome(true);
              }}
            />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
