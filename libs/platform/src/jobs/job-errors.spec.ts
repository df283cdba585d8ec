import { DomainError } from '../errors/domain-error';
import { describeJobError, redactSecrets, retryDelayMs } from './job-errors';

describe('describeJobError', () => {
  it('keeps the message and masks credentials, passwords and tokens', () => {
    const text = describeJobError(new Error('connect postgres://svc:p4ss@db:5432/x failed; password=hunter2 token: abc Bearer eyJ.x.y'));
    expect(text).toBe('Error: connect postgres://svc:***@db:5432/x failed; password=*** token: *** Bearer ***');
  });

  it('names a domain error by its code and keeps one short line', () => {
    expect(describeJobError(new DomainError('COMMON.NOT_FOUND', 'Org\nmissing'))).toBe('COMMON.NOT_FOUND: Org missing');
    expect(describeJobError('x'.repeat(5_000))).toHaveLength(1_000);
  });

  it('leaves text without secrets alone', () => {
    expect(redactSecrets('row 7: ngày sinh không hợp lệ')).toBe('row 7: ngày sinh không hợp lệ');
  });
});

describe('retryDelayMs', () => {
  it('doubles from the initial delay up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, 100, 1_000))).toEqual([100, 200, 400, 800, 1_000]);
  });
});
