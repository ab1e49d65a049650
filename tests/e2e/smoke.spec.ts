import { test, expect } from './harness';

test('the background service worker starts and the popup opens', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('zaa-popup')).toBeVisible();
});
