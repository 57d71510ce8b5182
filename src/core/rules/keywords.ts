/** Keyword matching shared by listing rules: a text matches when it contains one keyword. */
export function findKeyword(
  texts: (string | null | undefined)[],
  keywords: readonly string[]
): string | null {
  for (const text of texts) {
    if (!text) continue;
    const keyword = keywords.find((k) => k.length > 0 && text.includes(k));
    if (keyword) return keyword;
  }
  return null;
}
