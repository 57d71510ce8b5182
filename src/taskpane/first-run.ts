/** Whether this user has seen (or skipped) the welcome: per user and machine, not per workbook. */
const KEY = "taizhang.welcomeDone";

export function welcomeDone(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false; // storage blocked (some webviews): show it, closing works for this session
  }
}

export function setWelcomeDone(done: boolean): void {
  try {
    if (done) window.localStorage.setItem(KEY, "1");
    else window.localStorage.removeItem(KEY);
  } catch {
    // Nothing to remember with; the pane still works.
  }
}
