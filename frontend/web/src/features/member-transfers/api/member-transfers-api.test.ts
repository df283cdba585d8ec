import { describe, expect, it } from 'vitest';
import { decisionsFor, type MemberTransfer } from './member-transfers-api';

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
