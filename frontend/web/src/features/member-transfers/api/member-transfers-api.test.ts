import { describe, expect, it } from 'vitest';
import { awaitsConfirmation, decisionsFor, settledOn, type MemberTransfer } from './member-transfers-api';

const transfer = (over: Partial<MemberTransfer>): MemberTransfer =>
  ({ id: 't', kind: 'official', state: 'in-transit', toOrg: { id: 'b', name: 'Chi bộ B' }, externalOrgName: null, version: 1, ...over }) as MemberTransfer;

describe('the decisions each side is offered', () => {
  it('offers the receiving side confirm and refuse while in transit, refuse only before the letter date, nothing once decided', () => {
    expect(decisionsFor(transfer({}), 'incoming')).toEqual(['confirm', 'refuse']);
    expect(decisionsFor(transfer({ state: 'issued' }), 'incoming')).toEqual(['refuse']);
    for (const state of ['confirmed', 'refused', 'expired', 'cancelled', 'returned'] as const) expect(decisionsFor(transfer({ state }), 'incoming')).toEqual([]);
  });

  it('offers either side the early end of a confirmed temporary transfer, and nothing once it has returned', () => {
    const temporary = { kind: 'temporary', temporary: { reason: 'residence-or-work', from: '2026-11-02', until: '2027-03-01' } } as const;
    for (const direction of ['incoming', 'outgoing'] as const) {
      expect(decisionsFor(transfer({ ...temporary, state: 'confirmed' }), direction)).toEqual(['return']);
      expect(decisionsFor(transfer({ ...temporary, state: 'returned' }), direction)).toEqual([]);
    }
    expect(decisionsFor(transfer({ ...temporary, state: 'in-transit' }), 'incoming')).toEqual(['confirm', 'refuse']);
  });

  it('offers the sending side cancel, and the receipt of an organisation outside the system', () => {
    expect(decisionsFor(transfer({}), 'outgoing')).toEqual(['cancel']);
    expect(decisionsFor(transfer({ toOrg: null, externalOrgName: 'Đảng bộ tỉnh Lào Cai' }), 'outgoing')).toEqual(['confirm', 'refuse', 'cancel']);
    expect(decisionsFor(transfer({ state: 'confirmed' }), 'outgoing')).toEqual([]);
  });
});

describe('the confirmation deadline and the day a transfer settled', () => {
  const dated = { confirmDeadline: '2026-12-10', decidedOn: null, returnedOn: null };

  it('runs the deadline only while the receiving side has not answered', () => {
    expect(awaitsConfirmation(transfer({ state: 'issued' }))).toBe(true);
    expect(awaitsConfirmation(transfer({ state: 'in-transit' }))).toBe(true);
    for (const state of ['confirmed', 'refused', 'expired', 'cancelled', 'returned'] as const) expect(awaitsConfirmation(transfer({ state }))).toBe(false);
  });

  it('dates a decision by its day, a return by the return, an expiry by the deadline that passed, and an open transfer not at all', () => {
    expect(settledOn(transfer({ ...dated, state: 'in-transit' }))).toBeNull();
    for (const state of ['confirmed', 'refused', 'cancelled'] as const) expect(settledOn(transfer({ ...dated, state, decidedOn: '2026-11-20' }))).toEqual({ state, on: '2026-11-20' });
    expect(settledOn(transfer({ ...dated, state: 'returned', decidedOn: '2026-11-20', returnedOn: '2027-01-15' }))).toEqual({ state: 'returned', on: '2027-01-15' });
    expect(settledOn(transfer({ ...dated, state: 'expired' }))).toEqual({ state: 'expired', on: '2026-12-10' });
  });
});
