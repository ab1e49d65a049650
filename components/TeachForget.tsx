import { t } from '../utils/i18n';
import type { TeachActionsProps } from './TeachPrompt';

/** Forgets what was taught for the current host. */
export function TeachForgetButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" class="zaa-btn" data-testid="zaa-teach-forget" onClick={onClick}>
      {t('teach.forget')}
    </button>
  );
}

/** Forgetting what was taught, in the opened panel (the teach button itself is in the bar). */
export function TeachForget({ canForget, onForget }: Pick<TeachActionsProps, 'canForget' | 'onForget'>) {
  return canForget ? <TeachForgetButton onClick={onForget} /> : null;
}
