/** The product's mark (assets/icon.svg, copied into the build as icons/icon.svg), beside a page title. */
export function AppMark({ size = 24 }: { size?: number }) {
  // Decorative: the title next to it names the extension, so screen readers skip the image.
  return <img class="zaa-mark" src="/icons/icon.svg" alt="" width={size} height={size} data-testid="zaa-mark" />;
}
