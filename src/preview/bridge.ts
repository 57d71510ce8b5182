/**
 * How the preview page hands its fake workbook to the task pane in its iframe: the page sets
 * window.taizhangPreview; the pane's office.js stand-in (same origin) reads it from window.parent.
 */
import type { FakeExcelHost } from "./fake-excel/host";

export interface PreviewBridge {
  host: FakeExcelHost;
  /** Redraws the grid (tests change cells through the host, then call this). */
  refresh(): void;
}

export const BRIDGE_KEY = "taizhangPreview";

export function bridgeOf(scope: Window): PreviewBridge | undefined {
  try {
    return (scope as unknown as Record<string, PreviewBridge | undefined>)[BRIDGE_KEY];
  } catch {
    return undefined; // another origin
  }
}
