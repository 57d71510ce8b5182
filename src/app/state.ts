/**
 * The pane's workflow state and the one reducer that changes it, by typed actions. The React pane
 * keeps it with useReducer; the functions that produce the actions are in src/app/workflow.ts.
 */
import type { CheckReport, Ledger, LocalText, ReconcileResult } from "../core/index";
import type { SheetInfo } from "./host";
import type { WorkbookOptions } from "./settings";

export type CheckPhase = "reading" | "checking";

export interface Notice {
  intent: "success" | "info" | "warning";
  text: string;
}

/** A failure as the pane shows it: what happened and what to do next. */
export interface PaneError {
  message: LocalText;
  next: LocalText;
  code: string;
}

export interface WorkflowState {
  settings: WorkbookOptions;
  sheets: SheetInfo[];
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

export const INITIAL_STATE: WorkflowState = {
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

export type WorkflowAction =
  | { type: "settings-loaded"; settings: WorkbookOptions }
  | { type: "sheets-listed"; sheets: SheetInfo[] }
  | { type: "detect-started" }
  /** A new ledger was read: the results of the old one are dropped. */
  | { type: "detected"; ledger: Ledger }
  | { type: "check-started" }
  | { type: "check-read"; ledger: Ledger }
  /** The check's outcome: null when the sheet holds no ledger (no results, nothing to output). */
  | { type: "checked"; report: CheckReport | null }
  | { type: "check-failed"; error: PaneError }
  | { type: "check-cancelled"; notice: Notice }
  | { type: "busy"; action: string }
  | { type: "done" }
  | { type: "saved"; settings: WorkbookOptions }
  | { type: "reconciled"; result: ReconcileResult }
  | { type: "failed"; error: PaneError }
  | { type: "notice"; notice: Notice }
  /** The user moved to another step: a notice belongs to the step it was given on. */
  | { type: "notice-cleared" }
  | { type: "error-dismissed" };

export function workflowReducer(state: WorkflowState, action: WorkflowAction): WorkflowState {
  switch (action.type) {
    case "settings-loaded":
      return { ...state, settings: action.settings };
    case "sheets-listed":
      return { ...state, sheets: action.sheets };
    case "detect-started":
      return { ...state, detecting: true, error: null, notice: null };
    case "detected":
      return { ...state, ledger: action.ledger, detecting: false, report: null, reconcile: null };
    case "check-started":
      return { ...state, checkPhase: "reading", error: null, notice: null };
    case "check-read":
      return { ...state, ledger: action.ledger, checkPhase: "checking" };
    case "checked":
      return { ...state, report: action.report, checkPhase: null };
    case "check-failed":
      return { ...state, error: action.error, checkPhase: null };
    case "check-cancelled":
      return { ...state, checkPhase: null, notice: action.notice };
    case "busy":
      return { ...state, busy: action.action, error: null, notice: null };
    case "done":
      return { ...state, busy: null };
    case "saved":
      return { ...state, settings: action.settings, busy: null };
    case "reconciled":
      return { ...state, reconcile: action.result };
    case "failed":
      return { ...state, error: action.error, busy: null, detecting: false };
    case "notice":
      return { ...state, notice: action.notice };
    case "notice-cleared":
      return state.notice ? { ...state, notice: null } : state;
    case "error-dismissed":
      return { ...state, error: null };
  }
}
