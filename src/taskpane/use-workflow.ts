/**
 * The React pane's view of the workflow: the state of src/app/state.ts kept with useReducer, and
 * the workflow's functions (src/app/workflow.ts) run over the host, each failure shown as a
 * PaneError. Components render the state and call these actions; none changes the state itself.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { Host, WrittenSheet } from "../app/host";
import { summaryGroupings } from "../app/options";
import type { WorkbookOptions } from "../app/settings";
import { INITIAL_STATE, type Notice, workflowReducer } from "../app/state";
import {
  checkLedger,
  detectLedger,
  insertOutputs,
  insertReconcileSheet,
  loadWorkbookSettings,
  readPreviousSheet,
  reconcileWith,
} from "../app/workflow";
import type { Lang, Ledger, OutputSheetKind } from "../core/index";
import { TEXT, annotatedText, insertedText } from "./i18n";
import { paneErrorOf } from "./state/errors";
import { type PickedFile, readPreviousLedgerFile } from "./state/previous-file";

export type { CheckPhase, Notice, WorkflowState } from "../app/state";
export type Step = "detect" | "check" | "output" | "reconcile" | "settings";

/** Lets React paint (the progress indicator) before a long synchronous computation. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `host` is null outside Excel (a plain browser): there is no sheet to read. */
export function useWorkflow(host: Host | null, lang: Lang, options: { quick: boolean }) {
  const [state, dispatch] = useReducer(workflowReducer, INITIAL_STATE);
  const [step, setStep] = useState<Step>(options.quick ? "check" : "detect");
  const stateRef = useRef(state);
  stateRef.current = state;
  /** Each check run gets a number; a cancelled or superseded run's result is dropped. */
  const checkRun = useRef(0);
  /** The actions run only where there is a workbook; the buttons need one too. */
  const workbook = (): Host => {
    if (!host) throw new Error("no workbook host");
    return host;
  };

  const fail = useCallback(
    (error: unknown) => dispatch({ type: "failed", error: paneErrorOf(error) }),
    []
  );
  const notify = useCallback((notice: Notice) => dispatch({ type: "notice", notice }), []);

  const refreshSheets = useCallback(async () => {
    dispatch({ type: "sheets-listed", sheets: await workbook().listSheets() });
  }, [host]);

  const detect = useCallback(
    async (sheetName?: string) => {
      dispatch({ type: "detect-started" });
      try {
        const ledger = await detectLedger(workbook(), stateRef.current.settings, sheetName);
        dispatch({ type: "detected", ledger });
        await refreshSheets();
        return ledger;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [host, fail, refreshSheets]
  );

  const check = useCallback(
    async (settings: WorkbookOptions = stateRef.current.settings) => {
      const run = ++checkRun.current;
      dispatch({ type: "check-started" });
      try {
        const sheetName = stateRef.current.ledger?.sheetName ?? settings.ledgerSheet;
        const ledger = await detectLedger(workbook(), settings, sheetName);
        if (run !== checkRun.current) return;
        dispatch({ type: "check-read", ledger });
        await nextFrame();
        if (run !== checkRun.current) return;
        dispatch({ type: "checked", report: checkLedger(ledger, settings) });
      } catch (error) {
        if (run === checkRun.current) dispatch({ type: "check-failed", error: paneErrorOf(error) });
      }
    },
    [host]
  );

  const cancelCheck = useCallback(() => {
    checkRun.current++;
    dispatch({ type: "check-cancelled", notice: { intent: "info", text: TEXT.cancelled[lang] } });
  }, [lang]);

  /** Saves changed settings; re-detects when what the reader uses changed. */
  const saveAndApply = useCallback(
    async (changes: Partial<WorkbookOptions>, redetect: boolean) => {
      const settings = { ...stateRef.current.settings, ...changes };
      dispatch({ type: "busy", action: "save" });
      try {
        await workbook().writeSettings(settings);
        dispatch({ type: "saved", settings });
        stateRef.current = { ...stateRef.current, settings };
        if (redetect) await detect(settings.ledgerSheet);
        const report = stateRef.current.report;
        // A report on screen follows new rules at once (no need to read the sheet again).
        if (!redetect && report)
          dispatch({ type: "checked", report: checkLedger(report.ledger, settings) });
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [host, fail, detect]
  );

  /** Runs one workbook action with the busy flag, turning failures into a PaneError. */
  const act = useCallback(
    async <R>(name: string, work: (host: Host) => Promise<R>): Promise<R | null> => {
      dispatch({ type: "busy", action: name });
      try {
        const result = await work(workbook());
        dispatch({ type: "done" });
        return result;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [host, fail]
  );

  const select = useCallback(
    (sheetRow: number) => {
      const ledger = stateRef.current.report?.ledger ?? stateRef.current.ledger;
      if (ledger) void act("select", (h) => h.selectRow(ledger.sheetName, sheetRow));
    },
    [act]
  );

  /** "Inserted 7 sheets: …" after a write. */
  const noticeInserted = useCallback(
    (written: WrittenSheet[] | null) => {
      if (written)
        notify({
          intent: "success",
          text: insertedText(
            written.map((w) => w.name),
            lang
          ),
        });
    },
    [notify, lang]
  );

  const insertSheets = useCallback(
    async (include: OutputSheetKind[], groupBy: string[]) => {
      const report = stateRef.current.report;
      if (!report) return;
      noticeInserted(
        await act("insert", async (h) => {
          const written = await insertOutputs(h, report, { lang, include, groupBy });
          await refreshSheets();
          return written;
        })
      );
    },
    [act, lang, refreshSheets, noticeInserted]
  );

  const annotate = useCallback(
    async (highlight: boolean) => {
      const report = stateRef.current.report;
      if (!report) return;
      const result = await act("annotate", (h) => h.annotate(report, { lang, highlight }));
      if (result)
        notify({
          intent: "success",
          text: annotatedText(result.sheet, result.columns, result.marked, lang),
        });
    },
    [act, lang, notify]
  );

  const removeAnnotations = useCallback(async () => {
    const removed = await act("clear", (h) => h.clearAnnotations());
    if (removed !== null)
      notify({
        intent: removed ? "success" : "info",
        text: removed ? TEXT.annotationsCleared[lang] : TEXT.noAnnotations[lang],
      });
  }, [act, lang, notify]);

  /** Last month's ledger (however it was read) against this month's sheet, read afresh. */
  const reconcileAgainst = useCallback(
    async (h: Host, previous: Ledger, settings: WorkbookOptions) => {
      const currentSheet = stateRef.current.ledger?.sheetName;
      if (!currentSheet) return null;
      const result = await reconcileWith(h, previous, currentSheet, settings);
      dispatch({ type: "reconciled", result });
      return result;
    },
    []
  );

  const compare = useCallback(
    (previousSheet: string) =>
      act("compare", async (h) => {
        const previous = await readPreviousSheet(h, previousSheet);
        const settings = { ...stateRef.current.settings, previousSheet };
        const result = await reconcileAgainst(h, previous, settings);
        await h.writeSettings(settings);
        dispatch({ type: "settings-loaded", settings });
        return result;
      }),
    [act, reconcileAgainst]
  );

  /** Last month's ledger from an .xlsx the user picked, read in the pane (nothing is uploaded). */
  const compareFile = useCallback(
    (file: PickedFile) =>
      act("compare-file", async (h) =>
        reconcileAgainst(h, await readPreviousLedgerFile(file), stateRef.current.settings)
      ),
    [act, reconcileAgainst]
  );

  const insertReconcile = useCallback(async () => {
    const result = stateRef.current.reconcile;
    if (!result) return;
    noticeInserted(
      await act("insert-reconcile", async (h) => {
        const written = await insertReconcileSheet(h, result, lang);
        await refreshSheets();
        return written;
      })
    );
  }, [act, lang, refreshSheets, noticeInserted]);

  // On open: the saved settings, then detect (or, for the ribbon's quick check, run the check).
  useEffect(() => {
    if (!host) return;
    void (async () => {
      try {
        const settings = await loadWorkbookSettings(host);
        dispatch({ type: "settings-loaded", settings });
        stateRef.current = { ...stateRef.current, settings };
        if (options.quick) {
          await check(settings);
          await refreshSheets();
        } else {
          await detect(settings.ledgerSheet);
        }
      } catch (error) {
        fail(error);
      }
    })();
    // Runs once per pane load.
  }, []);

  return {
    state,
    step,
    setStep,
    dismissError: () => dispatch({ type: "error-dismissed" }),
    detect,
    check,
    cancelCheck,
    saveAndApply,
    select,
    insertSheets,
    annotate,
    removeAnnotations,
    compare,
    compareFile,
    insertReconcile,
    summaryGroupings: (ledger: Ledger) => summaryGroupings(ledger, stateRef.current.settings),
  };
}

export type Workflow = ReturnType<typeof useWorkflow>;
