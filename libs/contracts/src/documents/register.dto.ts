import { IsUUID } from 'class-validator';

/** A document register (sổ đăng ký văn bản) kept by an organisation (693-QĐ/VPTW, 2021). */
export interface DocumentRegisterDto {
  id: string;
  orgId: string;
  direction: 'incoming' | 'outgoing';
  name: string;
  year: number;
  nextNumber: number;
}

export class ListDocumentRegistersRequest {
  @IsUUID()
  orgId: string;
}
