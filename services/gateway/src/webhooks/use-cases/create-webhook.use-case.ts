import { DomainError, uuidv7 } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { GATEWAY_SETTINGS } from '../../common/tokens';
import { RequestValidationError } from '../../common/validation/request-validation.error';
import type { ResolvedGatewaySettings } from '../../gateway-settings';
import type { WebhookWithSecretDto } from '../dto/webhook.dto';
import type { CreateWebhookDto } from '../dto/webhook-input.dto';
import { newWebhookSecret } from '../webhook-signature';
import { webhookUrlProblem } from '../webhook-url.policy';
import type { WebhookSettings } from '../webhook.settings';
import { ownerOf, toWebhookDto } from '../webhook.mapper';
import { WebhooksRepository } from '../webhooks.repository';

/** Deliveries carry org and member changes: only an owner who may read them may subscribe. */
export const WEBHOOK_READ_PERMISSION = 'members:read';

/** Checks a target URL against the SSRF policy; 400 with `url` details when refused. */
export function assertWebhookUrl(url: string, settings: WebhookSettings): void {
  const problem = webhookUrlProblem(url, settings);
  if (problem) throw RequestValidationError.field('url', problem, url);
}

/** Registers a webhook of the caller (user or API client), starting at the feed's current end; the secret is returned this once. */
@Injectable()
export class CreateWebhookUseCase {
  private readonly settings: WebhookSettings;

  constructor(
    @Inject(WebhooksRepository) private readonly webhooks: WebhooksRepository,
    @Inject(GATEWAY_SETTINGS) settings: ResolvedGatewaySettings,
  ) {
    this.settings = settings.webhooks;
  }

  async execute(input: CreateWebhookDto, owner: Principal): Promise<WebhookWithSecretDto> {
    if (!owner.permissions.includes(WEBHOOK_READ_PERMISSION)) throw new DomainError('COMMON.FORBIDDEN', `Webhooks deliver what ${WEBHOOK_READ_PERMISSION} reads`);
    assertWebhookUrl(input.url, this.settings);
    const secret = newWebhookSecret();
    const id = uuidv7();
    await this.webhooks.insert({
      id,
      owner: ownerOf(owner),
      scopeOrgId: owner.scopeOrgId,
      url: input.url,
      description: input.description ?? null,
      eventTypes: [...input.eventTypes].sort(),
      secret,
    });
    const stored = await this.webhooks.find(id, ownerOf(owner));
    if (!stored) throw new Error('Webhook vanished after insert');
    return { webhook: toWebhookDto(stored), secret };
  }
}
