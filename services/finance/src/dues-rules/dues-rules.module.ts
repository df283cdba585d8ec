import { Module } from '@nestjs/common';
import { DuesRuleRepository } from './dues-rule.repository';
import { DuesRulesController } from './dues-rules.controller';
import { ListDuesRulesUseCase } from './use-cases/list-dues-rules.use-case';

@Module({
  controllers: [DuesRulesController],
  providers: [DuesRuleRepository, ListDuesRulesUseCase],
})
export class DuesRulesModule {}
