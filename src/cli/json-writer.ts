/**
 * JSON text in pieces: exactly the text of JSON.stringify(value) (or JSON.stringify(value, null,
 * 2) with `pretty`), produced object key by key and array element by element, so a report with a
 * million projects is written in chunks and never needs one string of its whole size (V8 refuses
 * strings over ~512 MB: "RangeError: Invalid string length").
 */

const STEP = "  ";

/**
 * An array whose JSON elements are made only as they are written, a run at a time: a report's
 * hundreds of thousands of project objects are then short-lived, never all alive together
 * (which made the garbage collector copy them all, twice). JSON.stringify sees the whole array.
 */
export class LazyJsonArray<T, U = unknown> {
  constructor(
    private readonly items: readonly T[],
    private readonly element: (item: T, index: number) => U
  ) {}

  get length(): number {
    return this.items.length;
  }

  /** The elements [start, end) as a plain array. */
  slice(start: number, end: number): U[] {
    const elements: U[] = [];
    for (let i = start; i < Math.min(end, this.items.length); i++)
      elements.push(this.element(this.items[i], i));
    return elements;
  }

  /** Another lazy array, each element passed through `change` when it is made. */
  map<V>(change: (element: U, index: number) => V): LazyJsonArray<T, V> {
    return new LazyJsonArray(this.items, (item, i) => change(this.element(item, i), i));
  }

  toJSON(): U[] {
    return this.slice(0, this.items.length);
  }
}
const BATCH_CHARS = 1 << 16;

/**
 * The JSON text of `value` in pieces whose concatenation is JSON.stringify's text; array
 * elements come in runs of about `batchChars` characters (one element at least).
 */
export function* jsonPieces(
  value: unknown,
  pretty = false,
  batchChars = BATCH_CHARS
): Generator<string> {
  if (isStreamable(value)) yield* streamedPieces(value, "", pretty, batchChars);
  else yield whole(value, "", pretty) ?? "null";
}

/**
 * Writes the JSON text of `value` and a final newline through `write`, in chunks of about
 * `chunkChars` characters; waits for each write (the caller's backpressure).
 */
export async function writeJsonInChunks(
  value: unknown,
  pretty: boolean,
  write: (chunk: string) => Promise<void> | void,
  chunkChars = 1 << 16
): Promise<void> {
  let pending: string[] = [];
  let length = 0;
  for (const piece of jsonPieces(value, pretty, Math.min(chunkChars, BATCH_CHARS))) {
    pending.push(piece);
    length += piece.length;
    if (length >= chunkChars) {
      await write(pending.join(""));
      pending = [];
      length = 0;
    }
  }
  pending.push("\n");
  await write(pending.join(""));
}

function* streamedPieces(
  value: unknown[] | LazyJsonArray<unknown> | Record<string, unknown>,
  indent: string,
  pretty: boolean,
  batchChars: number
): Generator<string> {
  const inner = indent + STEP;
  const lineStart = pretty ? `\n${inner}` : "";
  const close = pretty ? `\n${indent}` : "";
  if (Array.isArray(value) || value instanceof LazyJsonArray) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    // Elements whole, a run of them per JSON.stringify (one call per element costs a third
    // more): each is small (one project, one finding), and there may be a million. Runs are
    // sized from the elements' length so far, to about batchChars.
    const closing = `${close}]`;
    let count = 1;
    for (let i = 0; i < value.length;) {
      const end = Math.min(value.length, i + count);
      const text = whole(value.slice(i, end), indent, pretty) as string;
      // "[" elements "]", the elements laid out as they are inside the whole array.
      const elements = text.slice(1, text.length - closing.length);
      yield i === 0 ? `[${elements}` : `,${elements}`;
      count = Math.max(1, Math.floor((batchChars * (end - i)) / text.length));
      i = end;
    }
    yield closing;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const prefix = `${first ? "{" : ","}${lineStart}${JSON.stringify(key)}${pretty ? ": " : ":"}`;
    if (isStreamable(member)) {
      yield prefix;
      yield* streamedPieces(member, inner, pretty, batchChars);
    } else {
      // Members JSON.stringify leaves out (undefined, functions, symbols) are left out here too.
      const text = whole(member, inner, pretty);
      if (text === undefined) continue;
      yield prefix + text;
    }
    first = false;
  }
  yield first ? "{}" : `${close}}`;
}

/** JSON.stringify of a value placed at `indent` (its inner lines indented to match). */
function whole(value: unknown, indent: string, pretty: boolean): string | undefined {
  if (!pretty) return JSON.stringify(value);
  const text = JSON.stringify(value, null, STEP.length) as string | undefined;
  // JSON text has no raw line breaks inside strings: every "\n" starts an indented line.
  return text === undefined || indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/** Arrays, lazy arrays and plain objects (without toJSON) are written member by member. */
function isStreamable(
  value: unknown
): value is unknown[] | LazyJsonArray<unknown> | Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  if (value instanceof LazyJsonArray) return true;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
