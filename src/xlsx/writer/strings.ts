/**
 * How string cells are stored: in the shared-string table (a new workbook: each distinct text
 * once), or inline in the cell (sheets appended to a user's workbook, so the user's
 * sharedStrings.xml is never edited). Either way a string is text, never a formula.
 */
import { textElement, XML_DECLARATION } from "./xml";

export interface CellStrings {
  /** The attributes and content of a string cell after its `r` and `s`: ` t="s"><v>3</v>`. */
  cell(text: string): string;
}

export class SharedStrings implements CellStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private uses = 0;

  cell(text: string): string {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return ` t="s"><v>${i}</v>`;
  }

  get size(): number {
    return this.texts.length;
  }

  /** The sharedStrings part, in chunks (a 200,000-row list holds many distinct texts). */
  partChunks(): string[] {
    const head = `${XML_DECLARATION}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">`;
    const chunks = [head];
    const CHUNK = 10_000;
    for (let i = 0; i < this.texts.length; i += CHUNK) {
      let chunk = "";
      for (const text of this.texts.slice(i, i + CHUNK)) chunk += `<si>${textElement(text)}</si>`;
      chunks.push(chunk);
    }
    chunks.push("</sst>");
    return chunks;
  }
}

export const inlineStrings: CellStrings = {
  cell: (text) => ` t="inlineStr"><is>${textElement(text)}</is>`,
};
