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
  checkIfLedger,
  checkLedger,
  detectLedger,
  followsActivation,
  insertOutputs,
  insertReconcileSheet,
  loadWorkbookSettings,
  readPreviousSheet,
  reconcileWith,
  sheetToRead,
} from "../app/workflow";
import { skippedSheetText, type SkippedSheet } from "../core/index";
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
  const [step, showStep] = useState<Step>(options.quick ? "check" : "detect");
  /** Another step: the notice of the last one goes (it spoke of that step's action). */
  const setStep = useCallback((next: Step) => {
    showStep(next);
    dispatch({ type: "notice-cleared" });
  }, []);
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

  /** The sheet the user is on now (or the saved ledger sheet) unless a sheet is named. */
  const sheetNow = useCallback(async (h: Host): Promise<string | undefined> => {
    const sheets = await h.listSheets();
    dispatch({ type: "sheets-listed", sheets });
    return sheetToRead(sheets, stateRef.current.settings);
  }, []);

  /** Reads a sheet: the one named, else the one the user is on now (重新识别 follows the user). */
  const detect = useCallback(
    async (sheetName?: string) => {
      dispatch({ type: "detect-started" });
      try {
        const h = workbook();
        const target = sheetName ?? (await sheetNow(h));
        const ledger = await detectLedger(h, stateRef.current.settings, target);
        dispatch({ type: "detected", ledger });
        if (sheetName !== undefined) await refreshSheets();
        return ledger;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [host, fail, refreshSheets, sheetNow]
  );

  const check = useCallback(
    async (settings: WorkbookOptions = stateRef.current.settings) => {
      const run = ++checkRun.current;
      dispatch({ type: "check-started" });
      try {
        const h = workbook();
        const sheetName = stateRef.current.ledger?.sheetName ?? (await sheetNow(h));
        const ledger = await detectLedger(h, settings, sheetName);
        if (run !== checkRun.current) return;
        dispatch({ type: "check-read", ledger });
        await nextFrame();
        if (run !== checkRun.current) return;
        // No ledger, no results: a check of nothing would read as an all-clear.
        dispatch({ type: "checked", report: checkIfLedger(ledger, settings) });
      } catch (error) {
        if (run === checkRun.current) dispatch({ type: "check-failed", error: paneErrorOf(error) });
      }
    },
    [host, sheetNow]
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

  /** "Inserted 7 sheets: …" after a write, and which were left out as empty. */
  const noticeInserted = useCallback(
    (outcome: { written: WrittenSheet[]; skipped: SkippedSheet[] } | null) => {
      if (outcome)
        notify({
          intent: "success",
          text: [
            insertedText(
              outcome.written.map((w) => w.name),
              lang
            ),
            ...outcome.skipped.map((sheet) => skippedSheetText(sheet, lang)),
          ].join(" "),
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
          const outcome = await insertOutputs(h, report, { lang, include, groupBy });
          await refreshSheets();
          return outcome;
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
        return { written, skipped: [] };
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
          await detect();
        }
      } catch (error) {
        fail(error);
      }
    })();
    // Runs once per pane load.
  }, []);

  // The pane follows the workbook: a sheet the user switches to is read in place of the last one
  // (not the add-in's own output sheets, which writing activates; not while an action runs).
  const detectRef = useRef(detect);
  detectRef.current = detect;
  useEffect(() => {
    if (!host?.onSheetActivated) return;
    let live = true;
    let stop: (() => void) | null = null;
    const follow = async (name: string) => {
      const now = stateRef.current;
      if (now.busy !== null || now.checkPhase !== null || now.detecting) return;
      try {
        const sheets = await host.listSheets();
        dispatch({ type: "sheets-listed", sheets });
        const sheet = sheets.find((s) => s.name === name);
        if (followsActivation(sheet, stateRef.current.ledger?.sheetName))
          await detectRef.current(name);
      } catch (error) {
        fail(error);
      }
    };
    host
      .onSheetActivated((name) => void follow(name))
      .then(
        (unsubscribe) => (live ? (stop = unsubscribe) : unsubscribe()),
        () => undefined // no events on this host: 重新识别 still reads the sheet the user is on
      );
    return () => {
      live = false;
      stop?.();
    };
  }, [host]);

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
