// Ctrl+S (Cmd+S on a Mac) saves the deck being edited instead of opening the browser's "save page" dialogue.
export function listenForSave(editor) {
  const onKey = event => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
      event.preventDefault();
      editor.invokeMethodAsync("SaveFromKeyboard");
    }
  };
  window.addEventListener("keydown", onKey);
  return { dispose: () => window.removeEventListener("keydown", onKey) };
}
