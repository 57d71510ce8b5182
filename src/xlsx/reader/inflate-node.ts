/** Node's native raw inflate, stopped at the declared size (the CLI's reader). */
import { inflateRawSync } from "node:zlib";
import type { InflateRaw } from "./inflate";

export const inflateWithZlib: InflateRaw = (compressed, declaredSize) => {
  try {
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, declaredSize) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return "over";
    throw error;
  }
};
