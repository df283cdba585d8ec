import { CreateJobTables1795700000300, createDataSource, CreateOutbox1795700000000 } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { CreateOrgTree1795600000000 } from './migrations/1795600000000-create-org-tree';
import { CreateMemberRecord1796300000000 } from './migrations/1796300000000-create-member-record';
import { MemberNameKeys1796300000100 } from './migrations/1796300000100-member-name-keys';
import { CreateOrgHistoryTermsSuccession1796400000000 } from './migrations/1796400000000-create-org-history-terms-succession';
import { MemberCounts1796500000000 } from './migrations/1796500000000-member-counts';
import { MemberImport1796600000000 } from './migrations/1796600000000-member-import';
import { CreateGrading1796700000400 } from './migrations/1796700000400-create-grading';
import { MemberTransfer1796700000100 } from './migrations/1796700000100-member-transfer';
import { MemberTransferReturned1796700000110 } from './migrations/1796700000110-member-transfer-returned';
import { MemberTransferReturn1796700000950 } from './migrations/1796700000950-member-transfer-return';
import { MemberNameKeyOrgPath1796500000100 } from './migrations/1796500000100-member-name-key-org-path';
import { MembersJitOff1796500000200 } from './migrations/1796500000200-members-jit-off';
import { MemberCorrectionResolution1796700000900 } from './migrations/1796700000900-member-correction-resolution';
import { MembersParallelOff1796700000910 } from './migrations/1796700000910-members-parallel-off';
import { MemberExport1796700000940 } from './migrations/1796700000940-member-export';
import { MemberLifecycleEvent1796700000200 } from './migrations/1796700000200-member-lifecycle-event';
import { BadgesAndDueItems1796700000300 } from './migrations/1796700000300-badges-and-due-items';
import { DueItemDay1796700000310 } from './migrations/1796700000310-due-item-day';
import { CalendarOverride1796700000600 } from './migrations/1796700000600-calendar-override';
import { DueItemGrading1796700000320 } from './migrations/1796700000320-due-item-grading';
import { MemberCardEntity } from '../members/entities/member-card.entity';
import { MemberCorrectionEntity } from '../members/entities/member-correction.entity';
import { MemberOrgMembershipEntity } from '../members/entities/member-org-membership.entity';
import { MemberPeriodEntity } from '../members/entities/member-period.entity';
import { MemberRecordRuleEntity } from '../members/entities/member-record-rule.entity';
import { MemberSensitiveEntity } from '../members/entities/member-sensitive.entity';
import { PartyMemberEntity } from '../members/entities/party-member.entity';
import { MemberLifecycleEventEntity } from '../member-lifecycle/member-lifecycle-event.entity';
import { MemberTransferEntity } from '../member-transfers/member-transfer.entity';
import { OrgKindRuleEntity } from '../orgs/org-kind-rule.entity';
import { OrgEntity } from '../orgs/org.entity';

/** Entities and migrations of the members database, listed explicitly (no globs: bundling-safe). */
export function createMembersDataSource(url: string): DataSource {
  return createDataSource({
    service: 'members',
    url,
    entities: [
      OrgEntity,
      OrgKindRuleEntity,
      PartyMemberEntity,
      MemberSensitiveEntity,
      MemberPeriodEntity,
      MemberCardEntity,
      MemberOrgMembershipEntity,
      MemberCorrectionEntity,
      MemberRecordRuleEntity,
      MemberTransferEntity,
      MemberLifecycleEventEntity,
    ],
    migrations: [
      CreateOrgTree1795600000000,
      CreateOutbox1795700000000,
      CreateMemberRecord1796300000000,
      MemberNameKeys1796300000100,
      CreateOrgHistoryTermsSuccession1796400000000,
      MemberCounts1796500000000,
      MemberNameKeyOrgPath1796500000100,
      MembersJitOff1796500000200,
      CreateJobTables1795700000300,
      MemberImport1796600000000,
      CreateGrading1796700000400,
      MemberTransfer1796700000100,
      MemberTransferReturned1796700000110,
      MemberCorrectionResolution1796700000900,
      MembersParallelOff1796700000910,
      MemberLifecycleEvent1796700000200,
      BadgesAndDueItems1796700000300,
      DueItemDay1796700000310,
      CalendarOverride1796700000600,
      DueItemGrading1796700000320,
      MemberExport1796700000940,
      MemberTransferReturn1796700000950,
    ],
  });
}
