import { encodeCursor, uuidv7, type CallContext } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime } from '@lienthong/testing';
import { officialMember } from '../members/testing/member-fixtures';
import { LifecycleSpecKit, decision, refusal } from './testing/lifecycle-spec-kit';

const officer = (scopeOrgId: string): CallContext => ({ ...scopedOfficer(['members:read', 'members:write'], scopeOrgId), language: 'vi' });

/** The lifecycle's history a keyset page at a time (GET …/lifecycle with cursor + limit). */
describe('member lifecycle: the history in keyset pages', () => {
  const kit = new LifecycleSpecKit();
  beforeAll(() =>
    kit.start(async () => {
      const transport = await createTestTransport();
      const system = (): CallContext => ({ ...signedContext(), language: 'vi' });
      return { db: await createTestDatabase('members_life_hist'), transport, runtime: testRuntime(transport), system, officer };
    }),
  );
  afterAll(() => kit.stop());

  /** `n` history rows written straight into the table (an older member with a long history), oldest first. */
  async function olderHistory(memberId: string, n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const id = uuidv7();
      const exempted = i % 2 === 0;
      await kit.pg.query(
        `INSERT INTO member_lifecycle_event (id, member_id, period_seq, kind, effective_on, previous_status, status, details, member_version, recorded_by)
         VALUES ($1, $2, 1, $3, $4, $5, $6, '{}', 1, $7)`,
        [id, memberId, exempted ? 'exempted' : 'exemption-ended', '2015-01-05', exempted ? 'official' : 'exempt', exempted ? 'exempt' : 'official', { type: 'user', id: uuidv7(), name: 'Cán bộ cũ' }],
      );
      ids.push(id);
    }
    return ids;
  }

  it('answers 50 rows newest first with a cursor, and the cursor pages follow each other to the last row without a gap or a repeat', async () => {
    const m = await kit.members.create(officialMember(kit.chiBo.id));
    const older = await olderHistory(m.id, 60);
    // A real action: its answer shows the first page too, the new row on top.
    const exempt = await kit.lifecycle.exempt({ id: m.id, expectedVersion: 1, ground: 'tuoi-cao', decision: decision('2026-03-02', '05-NQ/CB'), effectiveOn: '2026-03-02' });
    expect(exempt.lifecycle.history).toHaveLength(50);
    expect(exempt.lifecycle.history[0]).toMatchObject({ id: exempt.event.id, kind: 'exempted' });
    expect(exempt.lifecycle.historyNextCursor).toEqual(expect.any(String));
    const all = [exempt.event.id, ...[...older].reverse()];

    const first = await kit.lifecycle.get(m.id);
    expect(first.history.map((e) => e.id)).toEqual(all.slice(0, 50));
    expect(first.status).toBe('exempt');
    const second = await kit.lifecycle.get(m.id, undefined, { cursor: first.historyNextCursor ?? undefined });
    expect(second.history.map((e) => e.id)).toEqual(all.slice(50));
    expect(second.historyNextCursor).toBeNull();
    // Every page still carries the computed part of the view.
    expect(second).toMatchObject({ memberId: m.id, status: 'exempt', partyAge: { years: expect.any(Number) as unknown } });

    const seen: string[] = [];
    let cursor: string | undefined;
    const sizes: number[] = [];
    do {
      const page = await kit.lifecycle.get(m.id, undefined, { limit: 25, cursor });
      sizes.push(page.history.length);
      seen.push(...page.history.map((e) => e.id));
      cursor = page.historyNextCursor ?? undefined;
    } while (cursor);
    expect(sizes).toEqual([25, 25, 11]);
    expect(seen).toEqual(all);
  });

  it('a short history fits one page: no cursor', async () => {
    const m = await kit.members.create(officialMember(kit.chiBo.id));
    await olderHistory(m.id, 3);
    const view = await kit.lifecycle.get(m.id);
    expect(view.history).toHaveLength(3);
    expect(view.historyNextCursor).toBeNull();
    expect((await kit.lifecycle.get(m.id, undefined, { limit: 3 })).historyNextCursor).toBeNull();
  });

  it('refuses a cursor it did not issue and a limit out of range at the field, in Vietnamese', async () => {
    const m = await kit.members.create(officialMember(kit.chiBo.id));
    const forged = await refusal(kit.lifecycle.get(m.id, undefined, { cursor: 'khong-phai-con-tro' }));
    expect(forged).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: ['cursor:invalidCursor'] });
    expect(forged.messages[0]).toMatch(/^cursor: /);
    expect(await refusal(kit.lifecycle.get(m.id, undefined, { cursor: encodeCursor(['2026-01-01']) }))).toMatchObject({ fields: ['cursor:invalidCursor'] });
    expect(await refusal(kit.lifecycle.get(m.id, undefined, { limit: 0 }))).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: ['limit:min'] });
  });

  it('answers 404 to an officer of an unrelated organisation, with or without a cursor', async () => {
    const m = await kit.members.create(officialMember(kit.chiBo.id));
    await olderHistory(m.id, 2);
    const stranger = officer(kit.otherChiBo.id);
    expect(await refusal(kit.lifecycle.get(m.id, stranger))).toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    const cursor = encodeCursor([uuidv7()]);
    expect(await refusal(kit.lifecycle.get(m.id, stranger, { cursor, limit: 1 }))).toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
  });
});
