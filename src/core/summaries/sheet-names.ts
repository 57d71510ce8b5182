/** Worksheet tab names Excel accepts: ≤ 31 characters, none of []:*?/\, unique ignoring case. */

export const MAX_SHEET_NAME = 31;

/** A valid tab name: forbidden characters become "_", no leading/trailing apostrophe, ≤ 31 characters. */
export function sanitizeSheetName(name: string, fallback = "Sheet"): string {
  const cleaned = trimApostrophes(
    name
      .replace(/[[\]:*?/\\]/g, "_")
      .split("")
      .filter((ch) => ch.charCodeAt(0) >= 0x20) // control characters are not allowed in tab names
      .join("")
      .trim()
  );
  const cut = trimApostrophes(truncate(cleaned, MAX_SHEET_NAME)).trim();
  if (cut === "") return fallback;
  // "History" is reserved by Excel.
  return cut.toLowerCase() === "history" ? `${cut}_` : cut;
}

/**
 * Makes names unique (Excel compares them ignoring case) by adding " (2)", " (3)"… within the
 * 31-character limit. `reserved` are names already taken in the workbook.
 */
export function uniqueSheetNames(names: string[], reserved: string[] = []): string[] {
  const taken = new Set(reserved.map((n) => n.toLowerCase()));
  return names.map((wanted) => {
    let name = sanitizeSheetName(wanted);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${truncate(sanitizeSheetName(wanted), MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** At most `max` UTF-16 units (Excel's count), never splitting a character. */
function truncate(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

function trimApostrophes(text: string): string {
  return text.replace(/^'+|'+$/g, "");
}
