import { CALENDAR_OVERRIDE_KINDS, type CalendarDayReason, type CalendarOverrideKind } from '@lienthong/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class CalendarDaySourceResponseDto {
  @ApiProperty({ example: 'Bộ luật Lao động 2019' }) document: string;
  @ApiProperty({ type: String, nullable: true, example: 'Điều 112' }) article: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class CalendarDayResponseDto {
  @ApiProperty({ format: 'date', example: '2027-02-06' }) date: string;
  @ApiProperty({ example: false }) working: boolean;
  @ApiProperty({ enum: ['weekday', 'weekend', 'holiday', 'extra-day-off', 'swapped-working-day'], example: 'holiday' }) reason: CalendarDayReason;
  @ApiProperty({ type: String, nullable: true, example: 'Tết Nguyên đán Đinh Mùi (mùng 1)' }) name: string | null;
  @ApiProperty({ type: String, enum: ['base', 'override'], nullable: true, example: 'override', description: 'null for an ordinary weekday or weekend' }) origin: 'base' | 'override' | null;
  @ApiProperty({ type: CalendarDaySourceResponseDto, nullable: true }) source: CalendarDaySourceResponseDto | null;
  @ApiProperty({ example: false, description: 'A base day computed before the Government announced the year\'s schedule' }) provisional: boolean;
}

export class CalendarCoverageResponseDto {
  @ApiProperty({ format: 'date', example: '2024-01-01' }) firstDay: string;
  @ApiProperty({ format: 'date', example: '2030-12-31' }) lastDay: string;
}

export class CalendarDaysResponseDto {
  @ApiProperty({ format: 'date', example: '2027-02-01' }) from: string;
  @ApiProperty({ format: 'date', example: '2027-02-28' }) to: string;
  @ApiProperty({ type: CalendarCoverageResponseDto }) coverage: CalendarCoverageResponseDto;
  @ApiProperty({ type: [CalendarDayResponseDto] }) days: CalendarDayResponseDto[];
}

export class CalendarActorResponseDto {
  @ApiProperty({ enum: ['user', 'client', 'system'], example: 'user' }) type: 'user' | 'client' | 'system';
  @ApiProperty({ example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f' }) id: string;
  @ApiProperty({ example: 'Quản trị hệ thống' }) name: string;
}

export class CalendarOverrideResponseDto {
  @ApiProperty({ format: 'date', example: '2027-02-06' }) date: string;
  @ApiProperty({ enum: CALENDAR_OVERRIDE_KINDS, example: 'holiday' }) kind: CalendarOverrideKind;
  @ApiProperty({ example: 'Tết Nguyên đán Đinh Mùi (mùng 1)' }) nameVi: string;
  @ApiProperty({ example: 'Thông báo số 6150/TB-BNV ngày 12/11/2026 của Bộ Nội vụ' }) source: string;
  @ApiProperty({ type: CalendarActorResponseDto }) createdBy: CalendarActorResponseDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: CalendarActorResponseDto }) updatedBy: CalendarActorResponseDto;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ example: 1 }) version: number;
}
