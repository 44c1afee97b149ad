/**
 * Copying a citation's text. The Clipboard API is the way, but it is missing outside secure contexts and
 * may be denied (permissions, an embedding frame without `clipboard-write`): then a selected, read-only
 * `<textarea>` and `execCommand('copy')` still work in every browser. Both only ever handle plain text, so
 * nothing here is a Trusted Types sink.
 */

/** Copies `text`; resolves to whether it reached the clipboard. `root` hosts the fallback's textarea. */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyThroughSelection(text, root);
  }
}

function copyThroughSelection(text: string, root: ShadowRoot): boolean {
  const focused = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.className = 'pe-visually-hidden';
  root.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    // Back to the copy button, so keyboard users stay where they were.
    focused?.focus();
  }
}
