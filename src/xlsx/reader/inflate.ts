/**
 * How a package part is inflated: injected, so that the CLI uses Node's native zlib and the task
 * pane a small pure-JavaScript inflater. Either way a part never inflates past its declared size.
 */

/** The part's bytes, "over" when it would inflate past `declaredSize`; throws on corrupt data. */
export type InflateRaw = (compressed: Uint8Array, declaredSize: number) => Uint8Array | "over";

/** InflateRaw off the main thread (Node's zlib thread pool), so a part inflates while others are read. */
export type InflateRawAsync = (
  compressed: Uint8Array,
  declaredSize: number
) => Promise<Uint8Array | "over">;
