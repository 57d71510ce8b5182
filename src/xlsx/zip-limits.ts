/** How much a package may inflate to, in the CLI and in the task pane (see package-problems.ts). */
import type { ZipLimits } from "./package-problems";

const MiB = 1024 * 1024;

/**
 * V8 strings stop near 512 MiB, so bigger parts could not be read anyway. Real worksheet XML
 * compresses 5–30 times; deflate's ceiling is about 1000 times, which only runs of identical
 * bytes (bombs) reach.
 */
export const ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 512 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 8 * MiB,
};

/**
 * A task pane lives in a webview with far less memory than the CLI has: a quarter of the CLI's
 * limits (a real ledger's sheet XML is a few MB), with the same ratio rule.
 */
export const PANE_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 128 * MiB,
  maxTotalBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 8 * MiB,
};
