/** Keyword matching shared by listing rules: a text matches when it contains one keyword. */

export interface KeywordMatch {
  /** The first text that contains a keyword. */
  text: string;
  /** The first keyword (in list order) that text contains. */
  keyword: string;
}

/** The first of the texts that contains a keyword; null when none does. */
export function findKeyword(
  texts: readonly (string | null | undefined)[],
  keywords: readonly string[]
): KeywordMatch | null {
  return keywordMatcher(keywords).find(texts);
}

/** findKeyword of one text (no list to build for it). */
export function matchKeyword(
  text: string | null | undefined,
  keywords: readonly string[]
): KeywordMatch | null {
  return text ? matchIn(memoOf(keywords), text) : null;
}

/**
 * matchKeyword and findKeyword for one list, its memo found once: for a loop over every project
 * of one check, while the list does not change.
 */
export interface KeywordMatcher {
  match(text: string | null | undefined): KeywordMatch | null;
  find(texts: readonly (string | null | undefined)[]): KeywordMatch | null;
}

export function keywordMatcher(keywords: readonly string[]): KeywordMatcher {
  const memo = memoOf(keywords);
  const match = (text: string | null | undefined) => (text ? matchIn(memo, text) : null);
  return {
    match,
    find(texts) {
      for (let i = 0; i < texts.length; i++) {
        const found = match(texts[i]);
        if (found !== null) return found;
      }
      return null;
    },
  };
}

interface KeywordMemo {
  list: readonly string[];
  words: string[];
  /** The first keyword each text contains, or null. */
  found: Map<string, string | null>;
}

function matchIn(memo: KeywordMemo, text: string): KeywordMatch | null {
  const keyword = keywordIn(memo, text);
  return keyword === null ? null : { text, keyword };
}

/**
 * The memo of a keyword list: every project asks about the same few categories and sections.
 * The list's words are remembered too, so a list edited in place (a rule set changed in the
 * pane) starts a fresh memo.
 */
function memoOf(keywords: readonly string[]): KeywordMemo {
  const at = memos.findIndex((m) => m.list === keywords);
  let memo = at >= 0 ? memos[at] : undefined;
  if (!memo || !sameWords(memo.words, keywords)) {
    if (at >= 0) memos.splice(at, 1);
    // A rule set has two keyword lists; a session sees a few rule sets at most.
    if (memos.length >= MEMO_LISTS) memos.shift();
    memo = { list: keywords, words: [...keywords], found: new Map() };
    memos.push(memo);
  }
  return memo;
}

/** The first keyword (of the memo's words) the text contains. */
function keywordIn(memo: KeywordMemo, text: string): string | null {
  let found = memo.found.get(text);
  if (found === undefined) {
    found = null;
    for (const keyword of memo.words)
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
const memos: KeywordMemo[] = [];

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
