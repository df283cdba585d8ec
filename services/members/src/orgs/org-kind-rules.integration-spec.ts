import { SUBJECTS, type ListOrgKindRulesRequest, type OrgKindRulesDto } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';

class KindRulesClient extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 10_000);
  }

  list(request: ListOrgKindRulesRequest, context: CallContext): Promise<OrgKindRulesDto> {
    return this.call(SUBJECTS.members.orgKindRules, request, context);
  }
}

describe('org kind rules over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let client: KindRulesClient;
  let pg: Client;
  const context = (): CallContext => ({ ...signedContext(), language: 'vi' });

  beforeAll(async () => {
    db = await createTestDatabase('members_kind_rules');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    client = new KindRulesClient(transport);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  it('answers the rules in force on a day, with their source; a rule closed or not yet in force is left out', async () => {
    const today = await client.list({}, context());
    expect(today.onDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today.rules).toContainEqual(expect.objectContaining({ parentKind: null, childKind: 'dang-bo-truc-thuoc-tw', effectiveTo: null, source: expect.any(String) }));
    expect(today.rules).toContainEqual(expect.objectContaining({ parentKind: 'dang-bo-bo-phan', childKind: 'chi-bo-truc-thuoc' }));
    expect(today.rules.some((r) => r.parentKind === 'chi-bo-truc-thuoc')).toBe(false);

    // A rule closed on 30/06/2026 and its successor from 01/07/2026: each answered only in its own period.
    await pg.query(`UPDATE org_kind_rule SET effective_to = '2026-06-30' WHERE parent_kind = 'dang-bo-bo-phan' AND child_kind = 'chi-bo-truc-thuoc'`);
    await pg.query(
      `INSERT INTO org_kind_rule (parent_kind, child_kind, effective_from, source) VALUES ('dang-bo-co-so', 'dang-bo-bo-phan', '2026-07-01', 'Quy định thử nghiệm')
       ON CONFLICT DO NOTHING`,
    );
    const before = await client.list({ onDate: '2026-06-30' }, context());
    const after = await client.list({ onDate: '2026-07-01' }, context());
    expect(before.rules).toContainEqual(expect.objectContaining({ parentKind: 'dang-bo-bo-phan', childKind: 'chi-bo-truc-thuoc', effectiveTo: '2026-06-30' }));
    expect(after.rules.some((r) => r.parentKind === 'dang-bo-bo-phan' && r.childKind === 'chi-bo-truc-thuoc')).toBe(false);
    expect(before.rules.some((r) => r.source === 'Quy định thử nghiệm')).toBe(false);
  });

  it('refuses an impossible date with a Vietnamese field message', async () => {
    await expect(client.list({ onDate: '2025-02-30' }, context())).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'onDate' })],
    });
  });
});
