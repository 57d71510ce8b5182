/** Plain-text tables for the terminal, aligned by display width (CJK characters are double). */
import { displayWidth } from "../core/index";

export type Align = "left" | "right";

export function textTable(header: string[], rows: string[][], align: Align[]): string {
  const widths = header.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] ?? "")))
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => pad(cell ?? "", widths[c], align[c] ?? "left"))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function pad(text: string, width: number, align: Align): string {
  const gap = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? gap + text : text + gap;
}

/** Cuts text to a display width, ending with "…". */
export function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}
