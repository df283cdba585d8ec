import { ApiProperty } from '@nestjs/swagger';
import { CHANGE_TYPES, type ChangeType } from '../public-change-types';

/** One change: what changed, to which version, how and when — never the record itself. */
export class ChangeDto {
  @ApiProperty({ enum: CHANGE_TYPES, example: 'org' })
  type: ChangeType;

  @ApiProperty({ example: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f', description: 'The record id (GET /orgs/{id}, /members/{id})' })
  id: string;

  @ApiProperty({ minimum: 1, example: 3, description: 'The record version after this change (its ETag)' })
  version: number;

  @ApiProperty({ example: 'moved', description: 'created, updated, moved, closed (org); created, updated, status-changed, transferred (member)' })
  action: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-25T08:30:00.000Z' })
  occurredAt: string;
}

export class ChangePageDto {
  @ApiProperty({ type: [ChangeDto] })
  items: ChangeDto[];

  @ApiProperty({
    example: 'WyIxMjM0Il0',
    description: 'Pass as `since` for the next page, also when `items` is empty (the feed has been read up to here). Keep it: it is where you resume.',
  })
  nextCursor: string;
}
