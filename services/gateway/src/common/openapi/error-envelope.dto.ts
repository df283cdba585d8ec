import { ERROR_CODES } from '@lienthong/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'parentId' })
  field: string;

  @ApiProperty({ example: 'isUuid' })
  code: string;

  @ApiProperty({ example: 'parentId: phải là mã định danh UUID' })
  message: string;
}

/** Every error answer of the API. */
export class ErrorEnvelopeDto {
  @ApiProperty({ enum: ERROR_CODES, example: 'COMMON.VALIDATION_FAILED' })
  code: string;

  @ApiProperty({ example: 'Dữ liệu không hợp lệ.' })
  message: string;

  @ApiPropertyOptional({ type: [ErrorDetailDto] })
  details?: ErrorDetailDto[];

  @ApiProperty({ example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f' })
  correlationId: string;
}
