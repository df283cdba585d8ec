import { Module } from '@nestjs/common';
import { OrgScope } from './org-scope';
import { DocumentRegisterRepository } from './document-register.repository';
import { RegistersController } from './registers.controller';
import { ListDocumentRegistersUseCase } from './use-cases/list-document-registers.use-case';

@Module({
  controllers: [RegistersController],
  providers: [DocumentRegisterRepository, OrgScope, ListDocumentRegistersUseCase],
})
export class RegistersModule {}
