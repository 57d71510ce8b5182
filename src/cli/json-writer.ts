/**
 * JSON text in pieces: exactly the text of JSON.stringify(value) (or JSON.stringify(value, null,
 * 2) with `pretty`), produced object key by key and array element by element, so a report with a
 * million projects is written in chunks and never needs one string of its whole size (V8 refuses
 * strings over ~512 MB: "RangeError: Invalid string length").
 */

const STEP = "  ";

/** The JSON text of `value` in pieces whose concatenation is JSON.stringify's text. */
export function* jsonPieces(value: unknown, pretty = false): Generator<string> {
  if (isStreamable(value)) yield* streamedPieces(value, "", pretty);
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
  for (const piece of jsonPieces(value, pretty)) {
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
  value: unknown[] | Record<string, unknown>,
  indent: string,
  pretty: boolean
): Generator<string> {
  const inner = indent + STEP;
  const lineStart = pretty ? `\n${inner}` : "";
  const close = pretty ? `\n${indent}` : "";
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    // Elements whole: each is small (one project, one finding), and there may be a million.
    for (let i = 0; i < value.length; i++)
      yield `${i === 0 ? "[" : ","}${lineStart}${whole(value[i], inner, pretty) ?? "null"}`;
    yield `${close}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const prefix = `${first ? "{" : ","}${lineStart}${JSON.stringify(key)}${pretty ? ": " : ":"}`;
    if (isStreamable(member)) {
      yield prefix;
      yield* streamedPieces(member, inner, pretty);
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

/** Arrays and plain objects (without toJSON) are written member by member. */
function isStreamable(value: unknown): value is unknown[] | Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === "function") return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
