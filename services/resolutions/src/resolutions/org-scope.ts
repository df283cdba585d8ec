import type { AuthContextClaims } from '@lienthong/contracts';
import { DATA_SOURCE, DomainError, OrgReplicaQueries, requestContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * The scope check of the resolutions service: records owned by `orgId` are visible to an actor
 * with no scope root (the system actor), or when `orgId` lies within the actor's scope
 * subtree by this service's own org replica (one btree range scan, no call to members).
 * An org the replica does not know is outside every scope: fail closed.
 */
@Injectable()
export class OrgScope {
  private readonly replica: OrgReplicaQueries;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.replica = new OrgReplicaQueries(dataSource);
  }

  async isVisible(auth: AuthContextClaims, orgId: string): Promise<boolean> {
    return auth.scopeOrgId === null || (await this.replica.isWithinScope(orgId, auth.scopeOrgId));
  }

  /** Outside the actor's scope → `COMMON.NOT_FOUND`, the answer an unknown org gets: existence is not leaked. */
  async assertVisible(auth: AuthContextClaims, orgId: string): Promise<void> {
    if (await this.isVisible(auth, orgId)) return;
    throw DomainError.localized('COMMON.NOT_FOUND', requestContext.current()?.language ?? 'en');
  }
}
