/**
 * The pane's state and its actions on the workbook (through the src/excel adapter). Components
 * render what is here and call the actions; each action reports failures as a PaneError.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { runCheck } from "../core/check";
import { reconcileLedgers } from "../core/reconcile/reconcile";
import type { CheckReport, ReconcileResult } from "../core/report-types";
import { buildReconcileSheet, type OutputSheetKind } from "../core/summaries";
import type { Lang, Ledger } from "../core/types";
import {
  annotateLedger,
  clearAnnotations,
  insertSheets,
  insertSummarySheets,
  isReconcileKey,
  listWorksheets,
  loadSettings,
  readLedgerFromWorkbook,
  saveSettings,
  selectProject,
  type WorkbookOptions,
  type WorksheetInfo,
  type WrittenSheet,
} from "../excel/index";
import { TEXT, insertedText } from "./i18n";
import { paneCheckOptions, summaryGroupings } from "./state/check-options";
import { type PaneError, paneErrorOf } from "./state/errors";
import { type PickedFile, readPreviousLedgerFile } from "./state/previous-file";
import { savedRuleSet } from "./state/rules-form";

export type Step = "detect" | "check" | "output" | "reconcile" | "settings";
export type CheckPhase = "reading" | "checking";

export interface Notice {
  intent: "success" | "info" | "warning";
  text: string;
}

export interface WorkflowState {
  settings: WorkbookOptions;
  sheets: WorksheetInfo[];
  ledger: Ledger | null;
  detecting: boolean;
  report: CheckReport | null;
  checkPhase: CheckPhase | null;
  reconcile: ReconcileResult | null;
  /** An action on the workbook is running (buttons are disabled meanwhile). */
  busy: string | null;
  error: PaneError | null;
  notice: Notice | null;
}

const INITIAL: WorkflowState = {
  settings: {},
  sheets: [],
  ledger: null,
  detecting: false,
  report: null,
  checkPhase: null,
  reconcile: null,
  busy: null,
  error: null,
  notice: null,
};

/** Lets React paint (the progress indicator) before a long synchronous computation. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useWorkflow(lang: Lang, options: { inExcel: boolean; quick: boolean }) {
  const [state, setState] = useState<WorkflowState>(INITIAL);
  const [step, setStep] = useState<Step>(options.quick ? "check" : "detect");
  const stateRef = useRef(state);
  stateRef.current = state;
  /** Each check run gets a number; a cancelled or superseded run's result is dropped. */
  const checkRun = useRef(0);

  const patch = useCallback((changes: Partial<WorkflowState>) => {
    setState((s) => ({ ...s, ...changes }));
  }, []);

  const fail = useCallback(
    (error: unknown) => patch({ error: paneErrorOf(error), busy: null, detecting: false }),
    [patch]
  );

  const refreshSheets = useCallback(async () => {
    patch({ sheets: await listWorksheets() });
  }, [patch]);

  const detect = useCallback(
    async (sheetName?: string) => {
      patch({ detecting: true, error: null, notice: null });
      try {
        const { ledger } = await readLedgerFromWorkbook(sheetName ? { sheetName } : {});
        patch({ ledger, detecting: false, report: null, reconcile: null });
        await refreshSheets();
        return ledger;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [patch, fail, refreshSheets]
  );

  const check = useCallback(
    async (settings: WorkbookOptions = stateRef.current.settings) => {
      const run = ++checkRun.current;
      patch({ checkPhase: "reading", error: null, notice: null });
      try {
        const sheetName = stateRef.current.ledger?.sheetName ?? settings.ledgerSheet;
        const { ledger } = await readLedgerFromWorkbook(sheetName ? { sheetName } : {});
        if (run !== checkRun.current) return;
        patch({ ledger, checkPhase: "checking" });
        await nextFrame();
        if (run !== checkRun.current) return;
        const report = runCheck(ledger, paneCheckOptions(ledger, settings));
        patch({ report, checkPhase: null });
      } catch (error) {
        if (run === checkRun.current) patch({ error: paneErrorOf(error), checkPhase: null });
      }
    },
    [patch]
  );

  const cancelCheck = useCallback(() => {
    checkRun.current++;
    patch({ checkPhase: null, notice: { intent: "info", text: TEXT.cancelled[lang] } });
  }, [patch, lang]);

  /** Saves changed settings; re-detects when what the reader uses changed. */
  const saveAndApply = useCallback(
    async (changes: Partial<WorkbookOptions>, redetect: boolean) => {
      const settings = { ...stateRef.current.settings, ...changes };
      patch({ busy: "save", error: null });
      try {
        await saveSettings(settings);
        patch({ settings, busy: null });
        if (redetect) await detect(settings.ledgerSheet);
        const current = stateRef.current;
        // A report on screen follows new rules at once (no need to read the sheet again).
        if (!redetect && current.report) {
          const report = runCheck(
            current.report.ledger,
            paneCheckOptions(current.report.ledger, settings)
          );
          patch({ report });
        }
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [patch, fail, detect]
  );

  /** Runs one workbook action with the busy flag, turning failures into a PaneError. */
  const act = useCallback(
    async <R>(name: string, work: () => Promise<R>): Promise<R | null> => {
      patch({ busy: name, error: null, notice: null });
      try {
        const result = await work();
        patch({ busy: null });
        return result;
      } catch (error) {
        fail(error);
        return null;
      }
    },
    [patch, fail]
  );

  const select = useCallback(
    (sheetRow: number) => {
      const ledger = stateRef.current.report?.ledger ?? stateRef.current.ledger;
      if (ledger) void act("select", () => selectProject(ledger.sheetName, sheetRow));
    },
    [act]
  );

  const insertOutputs = useCallback(
    (include: OutputSheetKind[], groupBy: string[]) => {
      const report = stateRef.current.report;
      if (!report) return Promise.resolve(null);
      return act("insert", async () => {
        const written = await insertSummarySheets(report, { lang, include, groupBy });
        await refreshSheets();
        return written;
      });
    },
    [act, lang, refreshSheets]
  );

  const annotate = useCallback(
    (highlight: boolean) => {
      const report = stateRef.current.report;
      if (!report) return Promise.resolve(null);
      return act("annotate", () => annotateLedger(report, { lang, highlight }));
    },
    [act, lang]
  );

  const removeAnnotations = useCallback(() => act("clear", () => clearAnnotations()), [act]);

  /** Last month's ledger (however it was read) against this month's sheet, read afresh. */
  const reconcileWith = useCallback(
    async (previous: Ledger, settings: WorkbookOptions) => {
      const currentSheet = stateRef.current.ledger?.sheetName;
      if (!currentSheet) return null;
      const current = await readLedgerFromWorkbook({ sheetName: currentSheet });
      const result = reconcileLedgers(previous, current.ledger, savedRuleSet(settings.rules));
      patch({ reconcile: result });
      return result;
    },
    [patch]
  );

  const compare = useCallback(
    (previousSheet: string) =>
      act("compare", async () => {
        // Last month's sheet is read as found; the saved mapping belongs to this month's.
        const previous = await readLedgerFromWorkbook({ sheetName: previousSheet, reader: {} });
        const settings = { ...stateRef.current.settings, previousSheet };
        const result = await reconcileWith(previous.ledger, settings);
        await saveSettings(settings);
        patch({ settings });
        return result;
      }),
    [act, patch, reconcileWith]
  );

  /** Last month's ledger from an .xlsx the user picked, read in the pane (nothing is uploaded). */
  const compareFile = useCallback(
    (file: PickedFile) =>
      act("compare-file", async () =>
        reconcileWith(await readPreviousLedgerFile(file), stateRef.current.settings)
      ),
    [act, reconcileWith]
  );

  const insertReconcile = useCallback(() => {
    const result = stateRef.current.reconcile;
    if (!result) return Promise.resolve(null);
    return act("insert-reconcile", async () => {
      const written = await insertSheets([buildReconcileSheet(result, { lang })], {
        replaces: isReconcileKey,
      });
      await refreshSheets();
      return written;
    });
  }, [act, lang, refreshSheets]);

  // On open: the saved settings, then detect (or, for the ribbon's quick check, run the check).
  useEffect(() => {
    if (!options.inExcel) return;
    void (async () => {
      try {
        const settings = await loadSettings();
        patch({ settings });
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

  /** "Inserted 7 sheets: …" after a write. */
  const noticeInserted = useCallback(
    (written: WrittenSheet[] | null) => {
      if (written)
        patch({
          notice: {
            intent: "success",
            text: insertedText(
              written.map((w) => w.name),
              lang
            ),
          },
        });
    },
    [patch, lang]
  );

  return {
    state,
    noticeInserted,
    step,
    setStep,
    patch,
    detect,
    check,
    cancelCheck,
    saveAndApply,
    select,
    insertOutputs,
    annotate,
    removeAnnotations,
    compare,
    compareFile,
    insertReconcile,
    summaryGroupings: (ledger: Ledger) => summaryGroupings(ledger, stateRef.current.settings),
  };
}

export type Workflow = ReturnType<typeof useWorkflow>;
