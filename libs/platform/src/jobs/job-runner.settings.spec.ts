import { resolveJobRunnerSettings } from './job-runner.settings';

describe('resolveJobRunnerSettings', () => {
  it('fills defaults and a runner id', () => {
    const settings = resolveJobRunnerSettings();
    expect(settings).toMatchObject({ enabled: true, concurrency: 2, heartbeatIntervalMs: 5_000, staleAfterMs: 30_000 });
    expect(settings.runnerId).toMatch(/^.+:\d+:[0-9a-f]{6}$/);
  });

  it('refuses settings that would let a live run look dead', () => {
    expect(() => resolveJobRunnerSettings({ heartbeatIntervalMs: 1_000, staleAfterMs: 1_500 })).toThrow(/staleAfterMs/);
    expect(() => resolveJobRunnerSettings({ concurrency: 0 })).toThrow(/concurrency/);
  });
});
