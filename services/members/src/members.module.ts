import { Module } from '@nestjs/common';
import { OrgsModule } from './orgs/orgs.module';

/** The members service's features. */
@Module({ imports: [OrgsModule] })
export class MembersModule {}
