import { Module } from '@nestjs/common';
import { DocumentRegisterRepository } from './document-register.repository';
import { RegistersController } from './registers.controller';
import { ListDocumentRegistersUseCase } from './use-cases/list-document-registers.use-case';

@Module({
  controllers: [RegistersController],
  providers: [DocumentRegisterRepository, ListDocumentRegistersUseCase],
})
export class RegistersModule {}
