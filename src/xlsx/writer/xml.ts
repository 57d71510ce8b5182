/** Text and attribute escaping for the XML parts the writer builds as strings. */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab, newline and return; DEL). */
// eslint-disable-next-line no-control-regex -- matching those control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Any character one of the steps below changes. */
// eslint-disable-next-line no-control-regex -- control characters are among them
const NEEDS_WORK = /[&<>"_\u0000-\u001F\u007F]/;
/** Text a spreadsheet reads as an escaped character (ST_Xstring's "_x0041_" means "A"). */
const ESCAPE_LOOKALIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * A cell string as SpreadsheetML text: characters XML cannot hold are left out (as the previous
 * writer did), and a literal "_x0041_" gets its underscore escaped so it reads back as typed.
 */
export function cellTextXml(text: string): string {
  // Most texts (project names, units) need none of it: one test instead of five replaces.
  if (!NEEDS_WORK.test(text)) return text;
  return escapeXml(text.replace(NOT_IN_XML, "").replace(ESCAPE_LOOKALIKE, "_x005F_$1"));
}

/** <t> keeps leading, trailing and line-break white space only when told to. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${cellTextXml(text)}</t>`;
}
