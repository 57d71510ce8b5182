/**
 * OOXML's escape for characters XML cannot hold: "_x000D_" is a carriage return, "_x005F_" an
 * underscore (so "_x005F_x000D_" is the literal text "_x000D_"). Applied to every cell string.
 */
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** xsd:boolean: "1" or "true". */
export function isTrue(value: string | null): boolean {
  return value === "1" || value === "true";
}
