import type { ComponentChildren, InputHTMLAttributes } from 'preact';

/** A labelled one-line text field of the popup and options pages; `children` go under it (a hint). */
export function TextField({
  id,
  label,
  children,
  ...input
}: { id: string; label: string; children?: ComponentChildren } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div class="zaa-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" autocomplete="off" spellcheck={false} {...input} />
      {children}
    </div>
  );
}
