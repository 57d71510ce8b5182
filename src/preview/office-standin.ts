/**
 * office.js stand-in for the task pane inside the preview page (no Excel, no network):
 * Office.onReady, Office.context (displayLanguage from ?lang=, officeTheme from ?theme=,
 * requirements.isSetSupported) and Excel.run, all answered by the preview page's fake host.
 * A classic script, run before the pane's module bundles.
 */
import { bridgeOf } from "./bridge";

const params = new URLSearchParams(window.location.search);
const bridge = window.parent !== window ? bridgeOf(window.parent) : undefined;
const displayLanguage = params.get("lang")?.toLowerCase().startsWith("en") ? "en-US" : "zh-CN";
const officeTheme =
  params.get("theme") === "dark"
    ? { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF" }
    : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" };
const info = { host: bridge ? "Excel" : null, platform: "OfficeOnline" };

const scope = window as unknown as Record<string, unknown>;
scope.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  context: {
    displayLanguage,
    officeTheme,
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        bridge ? bridge.host.isSetSupported(name, version) : false,
    },
  },
  actions: { associate: () => undefined },
  onReady(callback?: (value: typeof info) => void) {
    const ready = Promise.resolve(info);
    if (callback) void ready.then(callback);
    return ready;
  },
};
scope.Excel = {
  run: (...args: unknown[]) => {
    if (!bridge) return Promise.reject(new Error("Open preview.html: the pane has no workbook."));
    return bridge.host.run(...(args as Parameters<typeof bridge.host.run>));
  },
};
