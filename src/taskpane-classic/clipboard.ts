/** Copying the report paragraph the IE11 way: select the text, then execCommand("copy"). */

/** Selects the textarea's text and copies it; false when the browser refused (the text stays selected). */
export function copyTextArea(area: HTMLTextAreaElement): boolean {
  area.focus();
  area.select();
  area.setSelectionRange(0, area.value.length);
  try {
    return document.execCommand("copy");
  } catch (_error) {
    return false;
  }
}
