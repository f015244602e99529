/// <reference types="office-js" />
/**
 * The ribbon's FunctionFile. The only ribbon button opens the task pane (ShowTaskpane),
 * which needs no code; this file exists because the manifest's DesktopFormFactor requires one.
 */
if (typeof Office !== "undefined") {
  void Office.onReady(() => undefined);
}
export {};
