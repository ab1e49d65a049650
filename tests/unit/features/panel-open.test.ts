import { describe, it, expect, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { rememberedPanelOpen } from '../../../features/shared/panel-open';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('rememberedPanelOpen', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts collapsed, and remembers the choice for the next visit', async () => {
    const first = rememberedPanelOpen('zoom', new AbortController().signal);
    await settle();
    expect(first.value).toBe(false);
    first.value = true;
    await settle();
    const next = rememberedPanelOpen('zoom', new AbortController().signal);
    await settle();
    expect(next.value).toBe(true);
    next.value = false;
    await settle();
    const third = rememberedPanelOpen('zoom', new AbortController().signal);
    await settle();
    expect(third.value).toBe(false);
  });

  it('does not overwrite the stored choice with the default while loading', async () => {
    await fakeBrowser.storage.local.set({ 'zaaPanelOpen.booking': true });
    const open = rememberedPanelOpen('booking', new AbortController().signal);
    await settle();
    expect(open.value).toBe(true);
    expect((await fakeBrowser.storage.local.get('zaaPanelOpen.booking'))['zaaPanelOpen.booking']).toBe(true);
  });

  it('keeps the Zoom and booking panels apart', async () => {
    const zoom = rememberedPanelOpen('zoom', new AbortController().signal);
    await settle();
    zoom.value = true;
    await settle();
    const booking = rememberedPanelOpen('booking', new AbortController().signal);
    await settle();
    expect(booking.value).toBe(false);
  });
});
