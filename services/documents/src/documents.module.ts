import { Module } from '@nestjs/common';
import { RegistersModule } from './registers/registers.module';

/** The documents service's features. */
@Module({ imports: [RegistersModule] })
export class DocumentsModule {}
