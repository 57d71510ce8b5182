/**
 * Unicode blocks whose compatibility characters the classic pane's NFKC stand-in maps (IE11 has
 * no String.prototype.normalize). Shared by the table generator and its test.
 */
export const NFKC_BLOCKS: readonly [first: number, last: number][] = [
  [0x00a0, 0x00ff], // Latin-1: no-break space, superscripts, fractions
  [0x2000, 0x206f], // General Punctuation: en/em spaces, ellipsis
  [0x2070, 0x209f], // superscripts and subscripts
  [0x2100, 0x218f], // Letterlike (℃, №) and Number Forms (Ⅻ)
  [0x2460, 0x24ff], // Enclosed Alphanumerics (①, ⑴, ⒈)
  [0x2e80, 0x2eff], // CJK Radicals Supplement
  [0x2f00, 0x2fdf], // Kangxi Radicals (text copied from PDFs: ⽣ → 生)
  [0x3000, 0x303f], // CJK Symbols: ideographic space
  [0x3200, 0x33ff], // Enclosed CJK (㈠ → (一)) and CJK Compatibility (㎡ → m2)
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe1f], // Vertical Forms
  [0xfe30, 0xfe6f], // CJK Compatibility Forms and Small Form Variants
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms (（ → (, ３ → 3)
];
