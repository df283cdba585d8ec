import { Module } from '@nestjs/common';
import { OrgScope } from './org-scope';
import { ResolutionRepository } from './resolution.repository';
import { ResolutionsController } from './resolutions.controller';
import { ListResolutionsUseCase } from './use-cases/list-resolutions.use-case';

/** The resolution feature; `ResolutionsModule` at the service root imports it. */
@Module({
  controllers: [ResolutionsController],
  providers: [ResolutionRepository, OrgScope, ListResolutionsUseCase],
})
export class ResolutionsFeatureModule {}
