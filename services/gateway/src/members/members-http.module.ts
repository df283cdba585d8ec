import { Module } from '@nestjs/common';
import { BadgesHttpModule } from '../badges/badges-http.module';
import { CalendarHttpModule } from '../calendar/calendar-http.module';
import { DueItemsHttpModule } from '../due-items/due-items-http.module';
import { MemberTransfersHttpModule } from '../member-transfers/member-transfers-http.module';
import { GradingHttpModule } from '../grading/grading-http.module';
import { MemberExportsHttpModule } from '../member-exports/member-exports-http.module';
import { MemberLifecycleHttpModule } from '../member-lifecycle/member-lifecycle-http.module';
import { MemberCorrectionsController } from './member-corrections.controller';
import { MembersController } from './members.controller';
import { MyMemberRecordController } from './my-member-record.controller';
import { OrgMembersController } from './org-members.controller';
import { OrgNames } from '../common/org-names';

/** `/api/v1/members`, `/api/v1/orgs/{id}/member-counts|member-corrections`, `/api/v1/me/member-record`: over MembersClient. */
@Module({ imports: [MemberLifecycleHttpModule, BadgesHttpModule, DueItemsHttpModule, GradingHttpModule, MemberTransfersHttpModule, MemberExportsHttpModule, CalendarHttpModule], controllers: [MembersController, OrgMembersController, MyMemberRecordController, MemberCorrectionsController], providers: [OrgNames] })
export class MembersHttpModule {}
