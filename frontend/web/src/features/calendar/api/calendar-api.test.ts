import { describe, expect, it } from 'vitest';
import { createLienThongClient, type LienThongClient } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';
import { sdkCall } from '../../../api/sdk-call';
import { deleteCalendarOverride, notableDays, putCalendarOverride, type CalendarDay } from './calendar-api';

const day = (date: string, extra: Partial<CalendarDay> = {}): CalendarDay => ({
  date,
  working: true,
  reason: 'weekday',
  name: null,
  origin: null,
  source: null,
  provisional: false,
  ...extra,
});

/** An Api over the generated SDK whose fetch records each request and answers `status` with `body`. */
function recordingApi(status: number, body: unknown) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetch = (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return Promise.resolve(new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  };
  const sdk = createLienThongClient({ baseUrl: '', fetch, retries: 0 });
  const api = { sdk, call: (run: (client: LienThongClient) => Promise<unknown>) => sdkCall(() => run(sdk), () => 'network') } as unknown as Api;
  return { api, sent };
}

const headerOf = (init: RequestInit, name: string) => new Headers(init.headers).get(name) ?? undefined;

describe('calendar api', () => {
  it('lists holidays, swapped days and overrides, not ordinary weekdays and weekends', () => {
    const days = [
      day('2026-09-01', { working: false, reason: 'holiday', name: 'Quốc khánh', origin: 'base' }),
      day('2026-09-03'),
      day('2026-09-05', { working: false, reason: 'weekend' }),
      day('2026-09-14', { working: false, reason: 'extra-day-off', name: 'Nghỉ', origin: 'override' }),
      day('2026-09-15', { origin: 'override', name: 'Làm việc' }),
    ];
    expect(notableDays(days).map((d) => d.date)).toEqual(['2026-09-01', '2026-09-14', '2026-09-15']);
  });

  it('creates without If-Match and replaces with the version last read', async () => {
    const { api, sent } = recordingApi(200, { date: '2026-09-14', version: 2 });
    await putCalendarOverride(api, '2026-09-14', { kind: 'day-off', nameVi: 'Nghỉ', source: 'TB' });
    await putCalendarOverride(api, '2026-09-14', { kind: 'holiday', nameVi: 'Nghỉ lễ', source: 'TB' }, 1);
    expect(sent.map((s) => [s.url, s.init.method, headerOf(s.init, 'If-Match')])).toEqual([
      ['/api/v1/calendar/overrides/2026-09-14', 'PUT', undefined],
      ['/api/v1/calendar/overrides/2026-09-14', 'PUT', '"1"'],
    ]);
    expect(JSON.parse(sent[1]?.init.body as string)).toEqual({ kind: 'holiday', nameVi: 'Nghỉ lễ', source: 'TB' });
  });

  it('turns a refusal into the app\'s error with its field details', async () => {
    const { api } = recordingApi(412, { code: 'COMMON.PRECONDITION_FAILED', message: 'Dữ liệu đã bị người khác thay đổi', correlationId: 'x', details: [] });
    await expect(deleteCalendarOverride(api, '2026-09-14', 1)).rejects.toMatchObject({ status: 412, code: 'COMMON.PRECONDITION_FAILED' });
  });
});
