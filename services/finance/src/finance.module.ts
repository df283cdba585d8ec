import { Module } from '@nestjs/common';
import { DuesRulesModule } from './dues-rules/dues-rules.module';

/** The finance service's features. */
@Module({ imports: [DuesRulesModule] })
export class FinanceModule {}
