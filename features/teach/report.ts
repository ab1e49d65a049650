/** What was taught, for the layout report ("Report a layout problem"): structure only, never page text. */
import type { TaughtLayout } from '../../utils/roster/taught-layout';

export function taughtReport(layout: TaughtLayout | null): string {
  if (!layout) return '';
  return `\n# taught for this host (tags, roles, positions, stable classes)\n${JSON.stringify(layout)}`;
}
