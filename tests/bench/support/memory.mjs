// The process's peak resident memory during a bench, sampled every 100 ms.

/** Starts sampling: `peak` holds the highest RSS seen (set it to restart a measure), `stop()` ends it. */
export function sampleRss(everyMs = 100) {
  const rss = { peak: 0, stop: () => clearInterval(timer) };
  const timer = setInterval(() => (rss.peak = Math.max(rss.peak, process.memoryUsage().rss)), everyMs);
  return rss;
}

export const mb = (bytes) => `${(bytes / 1048576).toFixed(0)} MB`;
