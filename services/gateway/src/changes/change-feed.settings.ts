/** How long the change feed keeps changes (`GATEWAY_CHANGE_FEED_RETENTION_DAYS`). */
export interface ChangeFeedSettings {
  /** Changes older than this are purged nightly; a cursor from before then answers 410. Default 90. */
  retentionDays: number;
  /** Most `change_log` rows one page request looks through (bounds the work of a narrow scope). Default 10 000. */
  scanWindow: number;
}

export const DEFAULT_CHANGE_FEED_SETTINGS: ChangeFeedSettings = { retentionDays: 90, scanWindow: 10_000 };

export function resolveChangeFeedSettings(partial: Partial<ChangeFeedSettings> = {}): ChangeFeedSettings {
  const settings = { ...DEFAULT_CHANGE_FEED_SETTINGS, ...partial };
  if (!(settings.retentionDays > 0)) throw new Error('changeFeed.retentionDays must be positive');
  if (!Number.isInteger(settings.scanWindow) || settings.scanWindow < 100) throw new Error('changeFeed.scanWindow must be an integer ≥ 100');
  return settings;
}
