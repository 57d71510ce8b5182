/** Node's native raw inflate, stopped at the declared size (the CLI's reader). */
import { inflateRaw, inflateRawSync } from "node:zlib";
import type { InflateRaw, InflateRawAsync } from "./inflate";

export const inflateWithZlib: InflateRaw = (compressed, declaredSize) => {
  try {
    return inflateRawSync(compressed, { maxOutputLength: Math.max(1, declaredSize) });
  } catch (error) {
    return overOrThrow(error);
  }
};

/**
 * Zlib's stream hands each output chunk back to the main thread before inflating the next, so
 * a busy main thread would stall it, and joins the chunks at the end (a copy): one chunk of the
 * declared size (which the zip-bomb limits have bounded) inflates the part in one go in the
 * thread pool. Memory the inflater does not fill is never touched.
 */
export const inflateWithZlibAsync: InflateRawAsync = (compressed, declaredSize) =>
  new Promise((resolve, reject) => {
    const maxOutputLength = Math.max(1, declaredSize);
    // One byte over the size: the part ends within the first chunk, with no second call.
    const chunkSize = Math.max(64 * 1024, maxOutputLength + 1);
    inflateRaw(compressed, { maxOutputLength, chunkSize }, (error, bytes) => {
      if (!error) resolve(bytes);
      else {
        try {
          resolve(overOrThrow(error));
        } catch (corrupt) {
          reject(corrupt);
        }
      }
    });
  });

function overOrThrow(error: unknown): "over" {
  if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return "over";
  throw error;
}
