import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { ownerOf } from '../webhook.mapper';
import { WebhooksRepository } from '../webhooks.repository';

/** Deletes the webhook with its delivery log; nothing more is sent. */
@Injectable()
export class DeleteWebhookUseCase {
  constructor(@Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository) {}

  async execute(id: string, owner: Principal): Promise<void> {
    if (!(await this.webhooks.delete(id, ownerOf(owner)))) throw new DomainError('WEBHOOKS.WEBHOOK_NOT_FOUND');
  }
}
