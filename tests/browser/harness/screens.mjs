// Screenshots of each main screen at the two sizes the SPA must work at, saved under
// tests/browser/artifacts/ (git-ignored) for a person to look at.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP, PHONE } from './chromium.mjs';

export const ARTIFACTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** Saves `<name>-1366x768.png` and `<name>-390x844.png`, then restores the desktop size. */
export async function shootBothSizes(page, name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    // Let the layout settle (sider ↔ drawer switch, antd motion).
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${size.width}x${size.height}.png`), fullPage: size === PHONE });
  }
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(200);
}

/**
 * Runs `work`; when it throws, saves `FAILED-<name>.png` and adds what the page showed then
 * (alerts, messages, open dialogs, field errors) to the error, so a failure in CI explains itself.
 */
export async function explainFailure(page, name, work) {
  try {
    return await work();
  } catch (error) {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, `FAILED-${name}.png`) }).catch(() => undefined);
    const shown = await page
      .locator('.ant-alert, .ant-message-notice, .ant-modal-content, .ant-form-item-explain-error')
      .allInnerTexts()
      .catch(() => []);
    const dialogs = await page
      .evaluate(() =>
        [...globalThis.document.querySelectorAll('.ant-modal-wrap, .ant-modal, .ant-modal-footer')].map(
          (e) => `${e.className.toString().slice(0, 40)} role=${e.getAttribute('role')} aria-hidden=${e.getAttribute('aria-hidden')}${e.classList.contains('ant-modal-footer') ? ` ${e.outerHTML.slice(0, 800)}` : ''}`,
        ),
      )
      .catch(() => []);
    error.message = `${error.message}\nThe page showed: ${JSON.stringify(shown)} (screenshot FAILED-${name}.png)\nDialogs: ${JSON.stringify(dialogs)}`;
    // The reporters print the stack, which was written before this message was.
    error.stack = `${error.message}\n${error.stack ?? ''}`;
    throw error;
  }
}
