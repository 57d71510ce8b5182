/**
 * Keeps each context.sync() under Excel on the web's 5 MB request limit: writers reserve the
 * (measured) size of what they queue, and the batch syncs before the budget would be exceeded.
 */
import type { ExcelSession } from "./session";

/** Request budget per sync: half the 5 MB limit, for the envelope Office.js adds. */
export const REQUEST_BUDGET_BYTES = 2_500_000;

/** What one queued action (object path, method, property) costs besides its data. */
export const ACTION_BYTES = 200;

/** UTF-8 size of a value's JSON text, as it travels to Excel. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

export class PayloadBatch {
  private pending = 0;

  constructor(
    private readonly session: ExcelSession,
    readonly budget = REQUEST_BUDGET_BYTES
  ) {}

  /** Call before queuing an action of `bytes`; syncs first when it would not fit. */
  async reserve(bytes: number = ACTION_BYTES): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    this.pending = 0;
    await this.session.sync();
  }
}
