import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENT_TYPES } from '../webhook';

export class WebhookDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'https://dangvien.tinhuy-bacninh.vn/lien-thong/webhook' })
  url: string;

  @ApiProperty({ type: String, nullable: true, example: 'Đồng bộ danh sách tổ chức đảng' })
  description: string | null;

  @ApiProperty({ type: [String], enum: WEBHOOK_EVENT_TYPES, example: ['org.*', 'member.transferred'] })
  eventTypes: string[];

  @ApiProperty({ enum: ['active', 'disabled'], description: 'disabled: by its owner, or after persistent delivery failure (see disabledReason)' })
  status: 'active' | 'disabled';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  disabledAt: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'persistent-failure', description: 'by-owner, or persistent-failure (PATCH status=active to re-enable)' })
  disabledReason: string | null;

  @ApiProperty({ minimum: 0, example: 0, description: 'Failed attempts in a row (0 after a success)' })
  consecutiveFailures: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ minimum: 1, example: 1 })
  version: number;
}

export class WebhookWithSecretDto {
  @ApiProperty({ type: WebhookDto })
  webhook: WebhookDto;

  @ApiProperty({ example: 'whsec_Zk3…', description: 'Signs every delivery (X-LienThong-Signature). Shown this once: store it.' })
  secret: string;
}

export class WebhookPageDto {
  @ApiProperty({ type: [WebhookDto] })
  items: WebhookDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Also sent as X-LienThong-Delivery' })
  id: string;

  @ApiProperty({ example: 'org.moved', description: 'Also sent as X-LienThong-Event' })
  event: string;

  @ApiProperty({ example: 'org:0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f', description: '<type>:<record id>' })
  record: string;

  @ApiProperty({ minimum: 1, example: 3 })
  recordVersion: number;

  @ApiProperty({ enum: ['pending', 'succeeded', 'abandoned', 'skipped'], description: 'skipped: no longer within the owner’s visibility when due' })
  status: string;

  @ApiProperty({ minimum: 0, example: 1 })
  attempts: number;

  @ApiProperty({ format: 'date-time' })
  nextAttemptAt: string;

  @ApiProperty({ type: Number, nullable: true, example: 200 })
  lastStatusCode: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'timeout after 10000 ms' })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastAttemptAt: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The delivery this one replays' })
  replayOf: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] })
  items: WebhookDeliveryDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}
