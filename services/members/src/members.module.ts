import { Module } from '@nestjs/common';
import { MemberRecordsModule } from './members/member-records.module';
import { OrgsModule } from './orgs/orgs.module';

/** The members service's features. */
@Module({ imports: [OrgsModule, MemberRecordsModule] })
export class MembersModule {}
