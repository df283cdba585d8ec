import { HealthCheckRequest, SUBJECTS, type HealthReport } from '@lienthong/contracts';
import { ServiceClient, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { createMembersApp } from './app';

class HealthProbe extends ServiceClient {
  constructor(transport: RpcTransport) {
    super(transport, 2_000);
  }
  check(context: CallContext): Promise<HealthReport> {
    return this.call(SUBJECTS.members.health, new HealthCheckRequest(), context);
  }
}

describe('members service boot', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;

  beforeAll(async () => {
    db = await createTestDatabase('members');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  it('declares a permission and a scope rule for every subject it serves', () => {
    const rules = app.accessRules();
    expect(Object.keys(rules).sort()).toEqual(app.subjects().sort());
    expect(rules).toEqual({
      [SUBJECTS.members.health]: { permission: 'system', scope: 'none' },
      [SUBJECTS.members.orgCreate]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgUpdate]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgMove]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgClose]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgListChildren]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgSearch]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgAncestors]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgSnapshot]: { permission: 'system', scope: 'none' },
      [SUBJECTS.members.orgSnapshotSummary]: { permission: 'system', scope: 'none' },
      [SUBJECTS.members.orgGetAsOf]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgListChildrenAsOf]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgHistory]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgMerge]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgSplit]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgTermList]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgTermOpen]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgTermClose]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.orgTermInForce]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.orgKindRules]: { permission: 'members:read', scope: 'none' },
      [SUBJECTS.members.memberCreate]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberUpdate]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberTransfer]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberList]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberCounts]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberGetOwn]: { permission: 'authenticated', scope: 'self' },
      [SUBJECTS.members.memberCorrectionCreate]: { permission: 'authenticated', scope: 'self' },
      [SUBJECTS.members.memberCorrectionList]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberCorrectionListOwn]: { permission: 'authenticated', scope: 'self' },
      [SUBJECTS.members.memberCorrectionResolve]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberTransferIssue]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberTransferDeadlines]: { permission: 'members:read', scope: 'none' },
      [SUBJECTS.members.memberTransferDestinations]: { permission: 'members:write', scope: 'none' },
      [SUBJECTS.members.memberTransferListOutgoing]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberTransferListIncoming]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberTransferGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberTransferConfirm]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberTransferRefuse]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberTransferCancel]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberTransferReturn]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleAdmission]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleCeremony]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleRecognition]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleExemption]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleExemptionEnd]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleRemoval]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleExpulsion]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleLeaving]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberLifecycleDeath]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberImportTemplate]: { permission: 'members:read', scope: 'none' },
      [SUBJECTS.members.memberImportCreate]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberImportGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberImportRows]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberImportCommit]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.memberImportErrorReport]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberListExport]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberRecordSheetExport]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.badgeListExport]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberExportCreate]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberExportGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberExportList]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberExportFile]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.calendarDays]: { permission: 'authenticated-or-reading-client', scope: 'none' },
      [SUBJECTS.members.calendarOverrideList]: { permission: 'admin:calendar', scope: 'none' },
      [SUBJECTS.members.calendarOverridePut]: { permission: 'admin:calendar', scope: 'none' },
      [SUBJECTS.members.calendarOverrideDelete]: { permission: 'admin:calendar', scope: 'none' },
      [SUBJECTS.members.gradingCampaignOpen]: { permission: 'members:grade', scope: 'subtree' },
      [SUBJECTS.members.gradingCampaignList]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.gradingCampaignGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.gradingCampaignClose]: { permission: 'members:grade', scope: 'subtree' },
      [SUBJECTS.members.gradingCampaignRefresh]: { permission: 'members:grade', scope: 'subtree' },
      [SUBJECTS.members.gradingRollup]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberGradingList]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberGradingGetOwn]: { permission: 'authenticated', scope: 'self' },
      [SUBJECTS.members.memberGradingListOwn]: { permission: 'authenticated', scope: 'self' },
      [SUBJECTS.members.memberGradingSelfAssess]: { permission: 'authenticated', scope: 'self' },
      [SUBJECTS.members.memberGradingPropose]: { permission: 'members:grade', scope: 'subtree' },
      [SUBJECTS.members.memberGradingDecide]: { permission: 'members:grade', scope: 'subtree' },
      [SUBJECTS.members.orgGradingDecide]: { permission: 'members:grade', scope: 'subtree' },
      [SUBJECTS.members.badgeCandidates]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.badgeRecord]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.badgeList]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.badgeCircumstancesGet]: { permission: 'members:read', scope: 'subtree' },
      [SUBJECTS.members.memberDisciplineRecord]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.seriousIllnessSet]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.seriousIllnessClear]: { permission: 'members:write', scope: 'subtree' },
      [SUBJECTS.members.dueItemList]: { permission: 'members:read', scope: 'subtree' },
    });
  });

  it('answers its health check over the transport with its database up', async () => {
    const report = await new HealthProbe(transport).check(signedContext());
    expect(report).toMatchObject({ service: 'members', status: 'up' });
    expect(report.checks.map((c) => c.name)).toContain('database');
  });

  it('refuses a message without a signed auth context', async () => {
    await expect(new HealthProbe(transport).check({ authToken: '', correlationId: 'c1' })).rejects.toMatchObject({
      code: 'AUTH.CONTEXT_INVALID',
    });
  });
});
