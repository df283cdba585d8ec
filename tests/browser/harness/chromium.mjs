// Debian's Chromium driven by playwright-core (STACK.md: `npx playwright install` cannot download
// here; these launch flags are the ones checked on this machine).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LT_CHROMIUM_PATH || '/usr/bin/chromium';

export function chromiumPresent() {
  return existsSync(CHROMIUM_PATH);
}

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };
