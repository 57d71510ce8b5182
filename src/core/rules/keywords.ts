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
  const at = memos.findIndex((m) => m.list === keywords);
  let memo = at >= 0 ? memos[at] : undefined;
  if (!memo || !sameWords(memo.words, keywords)) {
    if (at >= 0) memos.splice(at, 1);
    // A rule set has two keyword lists; a session sees a few rule sets at most.
    if (memos.length >= MEMO_LISTS) memos.shift();
    memo = { list: keywords, words: [...keywords], found: new Map() };
    memos.push(memo);
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
const MEMO_LISTS = 8;
/** A plain list, not a WeakMap: the core also runs in the classic (IE11) pane. */
const memos: { list: readonly string[]; words: string[]; found: Map<string, string | null> }[] = [];

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
