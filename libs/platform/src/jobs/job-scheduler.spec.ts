import { validateScheduleSpec } from './job-scheduler';

describe('validateScheduleSpec', () => {
  it('accepts an interval or a daily wall-clock time', () => {
    expect(() => validateScheduleSpec('platform.outbox-purge', { everySeconds: 3_600 })).not.toThrow();
    expect(() => validateScheduleSpec('members.replica-check', { dailyAt: '02:30', name: 'members.replica-check:nightly' })).not.toThrow();
  });

  it.each([
    [{}, /exactly one/],
    [{ everySeconds: 60, dailyAt: '01:00' }, /exactly one/],
    [{ everySeconds: 0.5 }, /at least 1/],
    [{ dailyAt: '24:00' }, /HH:MM/],
    [{ dailyAt: '2:30' }, /HH:MM/],
    [{ everySeconds: 60, name: 'Bad Name' }, /invalid name/],
  ])('refuses %j', (spec, message) => {
    expect(() => validateScheduleSpec('test.job', spec)).toThrow(message);
  });
});
