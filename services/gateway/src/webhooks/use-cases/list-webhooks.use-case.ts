import { keysetPage } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import type { WebhookPageDto } from '../dto/webhook.dto';
import type { PageQueryDto } from '../dto/webhook-input.dto';
import { ownerOf, toWebhookDto } from '../webhook.mapper';
import { WebhooksRepository } from '../webhooks.repository';

/** The caller's own webhooks, oldest first. */
@Injectable()
export class ListWebhooksUseCase {
  constructor(@Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository) {}

  async execute(query: PageQueryDto, owner: Principal): Promise<WebhookPageDto> {
    const limit = query.limit ?? 50;
    const rows = await this.webhooks.list(ownerOf(owner), query.cursor, limit + 1);
    // This list's published cursor is the last row's id as it is (a UUID the query DTO checks).
    return keysetPage(rows, limit, toWebhookDto, (row) => [row.id], ([id]) => id);
  }
}
