/** Files in and out of the popup: a download through a Blob and <a download>, and reading a picked file. */

/** Offers `text` as a download named `name` (no "downloads" permission needed). */
export function saveTextFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the Blob once the click is handled; a minute is plenty for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export type PickedFile = { name: string; text: string } | { name: string; tooLarge: number } | null;

/**
 * The text of a picked file (UTF-8); `tooLarge` (its size in bytes) when it is over `maxBytes`, which
 * is not read at all; null when the browser could not read it.
 */
export async function readPickedFile(input: HTMLInputElement, maxBytes: number): Promise<PickedFile> {
  const file = input.files?.[0];
  input.value = ''; // picking the same file again must fire `change` again
  if (!file) return null;
  if (file.size > maxBytes) return { name: file.name, tooLarge: file.size };
  try {
    return { name: file.name, text: await file.text() };
  } catch {
    return null;
  }
}
