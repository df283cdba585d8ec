import { DUES_BASES, type DuesBase } from '@lienthong/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** One version of a party-dues rule, with the regulation it comes from. */
export class DuesRuleResponseDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'QD01.BHXH_BAT_BUOC', description: 'Stable across versions of the same rule' })
  code: string;

  @ApiProperty({ example: 'Đảng viên tham gia bảo hiểm xã hội bắt buộc: 1% tiền lương làm căn cứ đóng bảo hiểm xã hội của tháng liền kề trước đó.' })
  description: string;

  @ApiProperty({ type: Number, nullable: true, example: 100, description: 'Basis points of the base (100 = 1%); null for a fixed amount' })
  rateBasisPoints: number | null;

  @ApiProperty({ type: Number, nullable: true, example: null, description: 'Monthly amount in VND; the lower end when fixedAmountMaxVnd is set' })
  fixedAmountVnd: number | null;

  @ApiProperty({ type: Number, nullable: true, example: null, description: 'Upper end of a range of amounts (342-QĐ/TW)' })
  fixedAmountMaxVnd: number | null;

  @ApiProperty({ enum: DUES_BASES, description: 'What the rate applies to; `fixed` for amounts' })
  base: DuesBase;

  @ApiProperty({ format: 'date', example: '2026-02-01' })
  effectiveFrom: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last day in force (inclusive); null while in force' })
  effectiveTo: string | null;

  @ApiProperty({
    description: 'The regulation and where it was read; facts not yet checked against the official text say [VERIFY]',
    example: 'Quy định 01-QĐ/TW (2026) của Bộ Chính trị về chế độ đảng phí, ký ngày 03/02/2026',
  })
  source: string;
}

export class DuesRuleListDto {
  @ApiProperty({ type: [DuesRuleResponseDto] })
  items: DuesRuleResponseDto[];
}
