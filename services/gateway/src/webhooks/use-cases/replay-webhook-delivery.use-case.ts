import { DomainError, uuidv7 } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import type { WebhookDeliveryDto } from '../dto/webhook.dto';
import { toDeliveryDto } from '../webhook.mapper';
import { WebhooksRepository } from '../webhooks.repository';
import { GetWebhookUseCase } from './get-webhook.use-case';

/** Sends a logged delivery again, as a new delivery (`replayOf`), at once; scope is checked again when it is sent. */
@Injectable()
export class ReplayWebhookDeliveryUseCase {
  constructor(
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
    @Inject(GetWebhookUseCase) private readonly getWebhook: GetWebhookUseCase,
  ) {}

  async execute(webhookId: string, deliveryId: string, owner: Principal): Promise<WebhookDeliveryDto> {
    await this.getWebhook.execute(webhookId, owner);
    const replay = await this.webhooks.replay(webhookId, deliveryId, uuidv7());
    if (!replay) throw new DomainError('WEBHOOKS.DELIVERY_NOT_FOUND');
    return toDeliveryDto(replay);
  }
}
