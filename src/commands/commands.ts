/**
 * Ribbon commands (the manifest's FunctionFile). The only button today opens the task pane
 * declaratively (ShowTaskpane); `action` is the hook for ExecuteFunction buttons to come.
 */

/** Completes the ribbon event; a command must always do so, or Office shows it as still running. */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady(() => {
  // Office.actions.associate needs the shared runtime or a recent host; feature-detect it.
  if (typeof Office.actions?.associate === "function") {
    Office.actions.associate("action", action);
  }
});
