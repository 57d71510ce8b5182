/** Keyword matching shared by listing rules: a text matches when it contains one keyword. */
export function findKeyword(
  texts: (string | null | undefined)[],
  keywords: readonly string[]
): string | null {
  for (const text of texts) {
    if (!text) continue;
    const keyword = keywordIn(text, keywords);
    if (keyword !== null) return keyword;
  }
  return null;
}

/**
 * The first keyword the text contains. Memoised per keyword list: every project asks about the
 * same few categories and sections. The list's words are remembered too, so a list edited in
 * place (a rule set changed in the pane) starts a fresh memo.
 */
function keywordIn(text: string, keywords: readonly string[]): string | null {
  let memo = memos.get(keywords);
  if (!memo || !sameWords(memo.words, keywords)) {
    memo = { words: [...keywords], found: new Map() };
    memos.set(keywords, memo);
  }
  let found = memo.found.get(text);
  if (found === undefined) {
    found = null;
    for (const keyword of keywords)
      if (keyword.length > 0 && text.includes(keyword)) {
        found = keyword;
        break;
      }
    if (memo.found.size >= MEMO_LIMIT) memo.found.clear();
    memo.found.set(text, found);
  }
  return found;
}

const MEMO_LIMIT = 20000;
const memos = new WeakMap<
  readonly string[],
  { words: string[]; found: Map<string, string | null> }
>();

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
