/**
 * The classic pane's workflow on plain DOM: detect the ledger, run the check, insert the summary
 * sheets, copy the report paragraph, annotate or clear. One state object; every change re-renders
 * the pane (it is small), and at most one workbook operation runs at a time.
 */
import type { Host } from "../app/host";
import { outputOptionsOf, summaryGroupings } from "../app/options";
import {
  checkIfLedger,
  detectLedger,
  followsActivation,
  insertOutputs,
  isLedger,
  loadWorkbookSettings,
  sheetToRead,
} from "../app/workflow";
import type { WorkbookOptions } from "../app/settings";
import { errorReport, skippedSheetText } from "../core/index";
import type { CheckReport, ProjectResult } from "../core/index";
import type { Lang, Ledger } from "../core/index";
import { copyTextArea } from "./clipboard";
import { append, button, clear, el } from "./dom";
import { TEXT, annotated, inserted } from "./strings";
import {
  type BarKind,
  laggingView,
  ledgerView,
  messageBar,
  narrativeView,
  noLedgerView,
  paneHeader,
  reportView,
} from "./views";

interface Message {
  kind: BarKind;
  text: string;
  title?: string;
}

interface PaneState {
  lang: Lang;
  ledger: Ledger | null;
  report: CheckReport | null;
  /** Text of the operation under way, or null when idle. */
  busy: string | null;
  message: Message | null;
}

export class ClassicPane {
  private readonly state: PaneState;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: Host,
    lang: Lang
  ) {
    this.state = { lang, ledger: null, report: null, busy: null, message: null };
  }

  start(): void {
    this.detect();
    this.followActivation();
  }

  /** Reads the ledger on the sheet the user is on (or the saved one), or the sheet named. */
  detect(sheetName?: string): void {
    const { lang } = this.state;
    this.run(TEXT.reading[lang], async () => {
      const settings = await loadWorkbookSettings(this.host);
      this.state.ledger = await detectLedger(
        this.host,
        settings,
        sheetName ?? (await this.sheetNow(settings))
      );
      this.state.report = null;
      return null;
    });
  }

  check(): void {
    const { lang } = this.state;
    this.run(TEXT.checking[lang], async () => {
      // The same check as the modern pane's (every grouping; the saved one first); no ledger, no results.
      const settings = await loadWorkbookSettings(this.host);
      const sheetName = this.state.ledger?.sheetName ?? (await this.sheetNow(settings));
      const ledger = await detectLedger(this.host, settings, sheetName);
      this.state.ledger = ledger;
      this.state.report = checkIfLedger(ledger, settings);
      return null;
    });
  }

  private async sheetNow(settings: WorkbookOptions): Promise<string | undefined> {
    return sheetToRead(await this.host.listSheets(), settings);
  }

  /** As the modern pane: a sheet the user switches to is read (not our output sheets, not while busy). */
  private followActivation(): void {
    if (!this.host.onSheetActivated) return;
    this.host
      .onSheetActivated((name) => {
        if (this.state.busy !== null) return;
        this.host.listSheets().then(
          (sheets) => {
            const sheet = sheets.filter((s) => s.name === name)[0];
            if (this.state.busy === null && followsActivation(sheet, this.state.ledger?.sheetName))
              this.detect(name);
          },
          () => undefined
        );
      })
      .then(undefined, () => undefined);
  }

  insertSheets(): void {
    const report = this.state.report;
    if (!report) return;
    const { lang } = this.state;
    this.run(TEXT.inserting[lang], async () => {
      const settings = await loadWorkbookSettings(this.host);
      const { written, skipped } = await insertOutputs(this.host, report, {
        ...outputOptionsOf(settings, lang),
        groupBy: summaryGroupings(report.ledger, settings),
      });
      const left = skipped.map((sheet) => skippedSheetText(sheet, lang));
      return {
        kind: "success",
        text: [
          inserted(
            written.map((s) => s.name),
            lang
          ),
          ...left,
        ].join(" "),
      };
    });
  }

  annotate(): void {
    const report = this.state.report;
    if (!report) return;
    const { lang } = this.state;
    this.run(TEXT.annotating[lang], async () => {
      const result = await this.host.annotate(report, { lang });
      return { kind: "success", text: annotated(result.marked, result.columns, lang) };
    });
  }

  clearAnnotations(): void {
    const { lang } = this.state;
    this.run(TEXT.clearing[lang], async () => {
      const removed = await this.host.clearAnnotations();
      return {
        kind: removed ? "success" : "info",
        text: (removed ? TEXT.cleared : TEXT.nothingToClear)[lang],
      };
    });
  }

  select(project: ProjectResult): void {
    const report = this.state.report;
    if (!report) return;
    this.run(TEXT.selecting[this.state.lang], async () => {
      await this.host.selectRow(report.ledger.sheetName, project.row.sheetRow);
      return null;
    });
  }

  copy(area: HTMLTextAreaElement): void {
    const { lang } = this.state;
    const copied = copyTextArea(area);
    this.state.message = copied
      ? { kind: "success", text: TEXT.copied[lang] }
      : { kind: "warning", text: TEXT.copyByHand[lang] };
    this.render();
    // Re-rendering replaced the textarea: select the new one so Ctrl+C still works.
    if (!copied) {
      const fresh = this.root.getElementsByTagName("textarea")[0];
      if (fresh) copyTextArea(fresh);
    }
  }

  /** Runs one workbook operation: busy while it runs, its outcome or error shown after. */
  private run(busyText: string, work: () => Promise<Message | null>): void {
    if (this.state.busy !== null) return;
    this.state.busy = busyText;
    this.state.message = null;
    this.render();
    work().then(
      (message) => this.finish(message),
      (error: unknown) =>
        this.finish({
          kind: "error",
          title: TEXT.failed[this.state.lang],
          text: errorText(error, this.state.lang),
        })
    );
  }

  private finish(message: Message | null): void {
    this.state.busy = null;
    this.state.message = message;
    this.render();
  }

  render(): void {
    const { lang, ledger, report, busy, message } = this.state;
    const idle = busy === null;
    clear(this.root);
    const pane = el("div", "tz", paneHeader(lang));
    if (busy !== null) append(pane, messageBar("busy", null, busy));
    if (message) append(pane, messageBar(message.kind, message.title ?? null, message.text));

    const actions = el("div", "tz-actions", [
      button(
        TEXT.runCheck[lang],
        "tz-btn tz-primary",
        () => this.check(),
        !idle || !ledger || !isLedger(ledger)
      ),
      button(TEXT.detectAgain[lang], "tz-btn", () => this.detect(), !idle),
    ]);
    append(pane, actions);
    if (report) {
      append(pane, [
        reportView(report, lang),
        el("h2", null, TEXT.outputs[lang]),
        el("div", null, [
          button(TEXT.insertSheets[lang], "tz-btn tz-primary", () => this.insertSheets(), !idle),
          button(TEXT.annotate[lang], "tz-btn", () => this.annotate(), !idle),
          button(TEXT.clearAnnotations[lang], "tz-btn", () => this.clearAnnotations(), !idle),
        ]),
        narrativeView(report, lang, (area) => this.copy(area)),
        laggingView(report, lang, (p) => this.select(p), !idle),
      ]);
    } else if (ledger) {
      if (!isLedger(ledger) && ledger.found) append(pane, noLedgerView(ledger, lang));
      append(pane, ledgerView(ledger, lang));
    }
    this.root.appendChild(pane);
  }
}

/** Our errors carry their own words; anything else is reported as a bug (errorReport). */
export function errorText(error: unknown, lang: Lang): string {
  return errorReport(error).text[lang];
}
