// Polling until the server's or the page's answer is the one expected.
import assert from 'node:assert/strict';

/** Polls `read` every `everyMs` until `done` holds for its answer; an answer that never comes fails after `timeoutMs`. */
export async function waitUntil(read, done, { timeoutMs = 20_000, everyMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) assert.fail(`still ${String(JSON.stringify(value)).slice(0, 300)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
