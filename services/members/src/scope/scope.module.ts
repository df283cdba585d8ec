import { Module } from '@nestjs/common';
import { ScopedAccess } from './scoped-access';

/** The scoped-query helper, for every members feature module (orgs, members). */
@Module({ providers: [ScopedAccess], exports: [ScopedAccess] })
export class ScopeModule {}
