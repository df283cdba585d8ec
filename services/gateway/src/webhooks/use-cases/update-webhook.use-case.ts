import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { GATEWAY_SETTINGS } from '../../common/tokens';
import type { ResolvedGatewaySettings } from '../../gateway-settings';
import type { WebhookDto } from '../dto/webhook.dto';
import type { UpdateWebhookDto } from '../dto/webhook-input.dto';
import type { WebhookSettings } from '../webhook.settings';
import { ownerOf, toWebhookDto } from '../webhook.mapper';
import { WebhooksRepository } from '../webhooks.repository';
import { assertWebhookUrl } from './create-webhook.use-case';

/** Changes the URL, event types or description, or disables / re-enables the webhook (re-enabling forgets its failures). */
@Injectable()
export class UpdateWebhookUseCase {
  private readonly settings: WebhookSettings;

  constructor(
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
    @Inject(GATEWAY_SETTINGS) settings: ResolvedGatewaySettings,
  ) {
    this.settings = settings.webhooks;
  }

  async execute(id: string, input: UpdateWebhookDto, owner: Principal): Promise<WebhookDto> {
    if (input.url !== undefined) assertWebhookUrl(input.url, this.settings);
    const updated = await this.webhooks.update(id, ownerOf(owner), {
      url: input.url,
      description: input.description,
      eventTypes: input.eventTypes ? [...input.eventTypes].sort() : undefined,
      status: input.status,
    });
    if (!updated) throw new DomainError('WEBHOOKS.WEBHOOK_NOT_FOUND');
    return toWebhookDto(updated);
  }
}
