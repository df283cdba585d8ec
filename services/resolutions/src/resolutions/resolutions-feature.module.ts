import { Module } from '@nestjs/common';
import { ResolutionRepository } from './resolution.repository';
import { ResolutionsController } from './resolutions.controller';
import { ListResolutionsUseCase } from './use-cases/list-resolutions.use-case';

/** The resolution feature; `ResolutionsModule` at the service root imports it. */
@Module({
  controllers: [ResolutionsController],
  providers: [ResolutionRepository, ListResolutionsUseCase],
})
export class ResolutionsFeatureModule {}
