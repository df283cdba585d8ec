import { Module } from '@nestjs/common';
import { BadgesModule } from './badges/badges.module';
import { CalendarModule } from './calendar/calendar.module';
import { DueItemsModule } from './due-items/due-items.module';
import { GradingModule } from './grading/grading.module';
import { MemberExportModule } from './member-export/member-export.module';
import { MemberExportJobsModule } from './member-export-jobs/member-export-jobs.module';
import { MemberImportModule } from './member-import/member-import.module';
import { MemberLifecycleModule } from './member-lifecycle/member-lifecycle.module';
import { MemberRecordsModule } from './members/member-records.module';
import { MemberTransfersModule } from './member-transfers/member-transfers.module';
import { OrgsModule } from './orgs/orgs.module';

/** The members service's features. */
@Module({ imports: [CalendarModule, OrgsModule, MemberRecordsModule, MemberLifecycleModule, MemberImportModule, MemberExportModule, MemberExportJobsModule, BadgesModule, DueItemsModule, GradingModule, MemberTransfersModule] })
export class MembersModule {}
