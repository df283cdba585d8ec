import { Module } from '@nestjs/common';
import { MemberImportModule } from './member-import/member-import.module';
import { MemberRecordsModule } from './members/member-records.module';
import { OrgsModule } from './orgs/orgs.module';

/** The members service's features. */
@Module({ imports: [OrgsModule, MemberRecordsModule, MemberImportModule] })
export class MembersModule {}
