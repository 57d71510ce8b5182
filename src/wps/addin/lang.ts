/**
 * The add-in's language in WPS: Chinese, as its ribbon is, unless the page is opened with
 * ?lang=en (the ribbon passes its language on to the pane). WPS's built-in Chromium need not
 * report the UI language in navigator.language, so that is not asked.
 */
import type { Lang } from "../../core/index";
import { pickLang } from "../../taskpane/i18n";

export function wpsLang(search: string): Lang {
  return pickLang(new URLSearchParams(search).get("lang") ?? "zh-CN");
}
