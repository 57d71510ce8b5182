/**
 * fflate's streaming inflate for the task pane (no Node there): compressed input is fed in small
 * slices, so a part that lies about its size is stopped after at most one slice's worth of output
 * past its declared size.
 */
import { Inflate } from "fflate";
import type { InflateRaw } from "./inflate";

const SLICE = 16 * 1024;

class Over extends Error {}

export const inflateWithFflate: InflateRaw = (compressed, declaredSize) => {
  const out = new Uint8Array(declaredSize);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > declaredSize) throw new Over();
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < compressed.length; at += SLICE)
      inflater.push(compressed.subarray(at, at + SLICE), at + SLICE >= compressed.length);
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    if (error instanceof Over) return "over";
    throw error;
  }
  return length === declaredSize ? out : out.subarray(0, length);
};
