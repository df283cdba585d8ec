import { Module } from '@nestjs/common';
import { MemberImportAccess } from '../member-import/member-import-access';
import { MemberRepository } from '../members/member.repository';
import { GetMemberUseCase } from '../members/use-cases/get-member.use-case';
import { ScopeModule } from '../scope';
import { ExportBadgeListUseCase } from './export-badge-list.use-case';
import { ExportRecordSheetUseCase } from './export-record-sheet.use-case';
import { MemberExportController } from './member-export.controller';

/** The record sheet (xlsx, PDF) and the badge list (xlsx). The 7-HSĐV list stays with the import module. */
@Module({
  imports: [ScopeModule],
  controllers: [MemberExportController],
  providers: [MemberImportAccess, MemberRepository, GetMemberUseCase, ExportRecordSheetUseCase, ExportBadgeListUseCase],
})
export class MemberExportModule {}
