import { Inject, Injectable } from '@nestjs/common';
import { ApiClientAccessRepository } from '../../api-clients/api-client-access.repository';
import { UserAccessRepository } from '../../roles/user-access.repository';
import type { WebhookOwnerKind } from '../webhook';
import { WEBHOOK_READ_PERMISSION } from '../use-cases/create-webhook.use-case';

/** Whether a webhook's owner may still receive changes, and under which scope root (null = whole tree). */
export type OwnerAccess = { allowed: false; reason: string } | { allowed: true; scopeOrgId: string | null };

/** Reads the owner's access as the bearer guard would now: a revoked client or a deactivated user receives nothing. */
@Injectable()
export class WebhookOwnerAccess {
  constructor(
    @Inject(UserAccessRepository) private readonly users: UserAccessRepository,
    @Inject(ApiClientAccessRepository) private readonly clients: ApiClientAccessRepository,
  ) {}

  async of(kind: WebhookOwnerKind, id: string): Promise<OwnerAccess> {
    if (kind === 'client') {
      const access = await this.clients.loadForRequest(id);
      if (!access?.isUsable) return { allowed: false, reason: 'owner client revoked or expired' };
      return this.decide(access.principal.permissions, access.principal.scopeOrgId);
    }
    const user = await this.users.loadForRequest(id);
    if (!user?.isActive) return { allowed: false, reason: 'owner account inactive' };
    return this.decide(user.permissions, user.scopeOrgId);
  }

  private decide(permissions: string[], scopeOrgId: string | null): OwnerAccess {
    if (!permissions.includes(WEBHOOK_READ_PERMISSION)) return { allowed: false, reason: `owner lost ${WEBHOOK_READ_PERMISSION}` };
    return { allowed: true, scopeOrgId };
  }
}
