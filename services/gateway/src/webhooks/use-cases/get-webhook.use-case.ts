import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import type { Webhook } from '../webhook';
import { ownerOf } from '../webhook.mapper';
import { WebhooksRepository } from '../webhooks.repository';

/** One of the caller's webhooks; anyone else's is 404 (its existence is not told). */
@Injectable()
export class GetWebhookUseCase {
  constructor(@Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository) {}

  async execute(id: string, owner: Principal): Promise<Webhook> {
    const webhook = await this.webhooks.find(id, ownerOf(owner));
    if (!webhook) throw new DomainError('WEBHOOKS.WEBHOOK_NOT_FOUND');
    return webhook;
  }
}
