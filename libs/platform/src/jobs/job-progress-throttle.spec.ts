import type { JobProgress } from './job-definition';
import { JobProgressThrottle } from './job-progress-throttle';

describe('JobProgressThrottle', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes at most once per interval, merging reports, and hands back the last unwritten one', async () => {
    const writes: JobProgress[] = [];
    const throttle = new JobProgressThrottle(1_000, (p) => Promise.resolve(void writes.push(p)));
    throttle.report({ total: 100, phase: 'read' });
    await jest.advanceTimersByTimeAsync(0);
    for (let done = 1; done <= 50; done++) throttle.report({ done });
    await jest.advanceTimersByTimeAsync(500);
    expect(writes).toEqual([{ total: 100, phase: 'read' }]);
    await jest.advanceTimersByTimeAsync(500);
    expect(writes).toEqual([{ total: 100, phase: 'read' }, { total: 100, phase: 'read', done: 50 }]);
    throttle.report({ done: 60 });
    expect(await throttle.drain()).toEqual({ total: 100, phase: 'read', done: 60 });
    expect(writes).toHaveLength(2);
  });

  it('keeps a report whose write failed for the final update', async () => {
    const throttle = new JobProgressThrottle(10, () => Promise.reject(new Error('db down')));
    throttle.report({ done: 1 });
    await jest.advanceTimersByTimeAsync(20);
    expect(await throttle.drain()).toEqual({ done: 1 });
  });
});
