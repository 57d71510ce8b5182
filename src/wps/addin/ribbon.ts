/**
 * The ribbon's callbacks. ribbon.xml names them `ribbon.OnAddinLoad`, `ribbon.OnAction` and
 * `ribbon.GetImage` (the wpsjs templates' convention: WPS calls functions of the global `ribbon`
 * object of the add-in's index.html). 打开台账助手 opens the React pane as a WPS task pane
 * (Application.CreateTaskPane, kept by ID in PluginStorage so a second click shows the same pane);
 * 快速检查 runs the check without the pane and shows what it found.
 */
import type { Host } from "../../app/host";
import type { Lang } from "../../core/index";
import { WpsHost } from "../host";
import { notInWps } from "../messages";
import type { WpsApplication } from "../wps-api";
import { quickCheckText } from "./quick-check";

/** The buttons' ids in ribbon.xml. */
export const BUTTON = { openPane: "taizhangOpenPane", quickCheck: "taizhangQuickCheck" } as const;
/** The pane's page, beside index.html in the add-in folder. */
export const PANE_PAGE = "taskpane.html";
/** The buttons' icon, relative to the add-in folder (the build copies assets/ into it). */
export const BUTTON_ICON = "assets/icon-32.png";
/** PluginStorage key of the pane's ID. */
export const PANE_ID_KEY = "taizhang.taskpane.id";

export interface RibbonContext {
  /** window.Application; undefined outside WPS (or in a WPS without the JS API). */
  application(): WpsApplication | undefined;
  /** The add-in folder's URL, ending in "/" (index.html's folder). */
  baseUrl: string;
  lang: Lang;
  /** Shows a message to the user (alert() in WPS). */
  show(message: string): void;
}

export interface RibbonControl {
  Id: string;
}

export interface Ribbon {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
}

export function createRibbon(context: RibbonContext): Ribbon {
  /** Quick checks do not overlap (a second click while one runs is ignored). */
  let checking = false;
  return {
    OnAddinLoad: () => true,
    OnAction(control) {
      const app = context.application();
      if (!app) {
        context.show(notInWps().text[context.lang]);
        return true;
      }
      if (control.Id === BUTTON.openPane) openPane(app, context);
      else if (control.Id === BUTTON.quickCheck && !checking) {
        checking = true;
        void quickCheck(new WpsHost(app), context).finally(() => (checking = false));
      }
      return true;
    },
    GetImage: () => BUTTON_ICON,
  };
}

/** Shows the pane, making it on the first click (or when WPS no longer knows the stored ID). */
function openPane(app: WpsApplication, context: RibbonContext): void {
  const stored = Number(app.PluginStorage.getItem(PANE_ID_KEY));
  if (stored > 0) {
    try {
      app.GetTaskPane(stored).Visible = true;
      return;
    } catch {
      // The pane is gone (WPS restarted the page): make a new one.
    }
  }
  const title = context.lang === "zh-CN" ? "台账助手" : "Taizhang";
  const pane = app.CreateTaskPane(`${context.baseUrl}${PANE_PAGE}?lang=${context.lang}`, title);
  app.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}

async function quickCheck(host: Host, context: RibbonContext): Promise<void> {
  context.show(await quickCheckText(host, context.lang));
}
