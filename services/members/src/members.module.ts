import { Module } from '@nestjs/common';

/** The members service's features. */
@Module({ imports: [] })
export class MembersModule {}
