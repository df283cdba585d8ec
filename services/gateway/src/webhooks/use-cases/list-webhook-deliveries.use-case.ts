import { keysetPage } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import type { WebhookDeliveryPageDto } from '../dto/webhook.dto';
import type { PageQueryDto } from '../dto/webhook-input.dto';
import { toDeliveryDto } from '../webhook.mapper';
import { WebhooksRepository } from '../webhooks.repository';
import { GetWebhookUseCase } from './get-webhook.use-case';

/** The delivery log of one of the caller's webhooks, newest first. */
@Injectable()
export class ListWebhookDeliveriesUseCase {
  constructor(
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
    @Inject(GetWebhookUseCase) private readonly getWebhook: GetWebhookUseCase,
  ) {}

  async execute(webhookId: string, query: PageQueryDto, owner: Principal): Promise<WebhookDeliveryPageDto> {
    await this.getWebhook.execute(webhookId, owner);
    const limit = query.limit ?? 50;
    const rows = await this.webhooks.deliveries(webhookId, query.cursor, limit + 1);
    // This list's published cursor is the last row's id as it is (a UUID the query DTO checks).
    return keysetPage(rows, limit, toDeliveryDto, (row) => [row.id], ([id]) => id);
  }
}
