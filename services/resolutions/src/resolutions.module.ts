import { Module } from '@nestjs/common';
import { ResolutionsFeatureModule } from './resolutions/resolutions-feature.module';

/** The resolutions service's features. */
@Module({ imports: [ResolutionsFeatureModule] })
export class ResolutionsModule {}
