import { DomainError } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../auth/principal';
import { GATEWAY_SETTINGS } from '../../common/tokens';
import type { ResolvedGatewaySettings } from '../../gateway-settings';
import { decodeChangeCursor, encodeChangeCursor } from '../change-cursor';
import type { ChangeFeedSettings } from '../change-feed.settings';
import { ChangeLogRepository } from '../change-log.repository';
import type { ChangePageDto } from '../dto/change.dto';
import type { ListChangesQueryDto } from '../dto/list-changes-query.dto';
import { CHANGE_TYPES } from '../public-change-types';

/**
 * The change feed within the caller's scope: changes whose owner org lies under the caller's
 * scope root — where it was when the change happened, or before it (a record moved or
 * transferred out is seen leaving by the old scope; its later changes are not). 410 for a
 * cursor older than what retention kept.
 */
@Injectable()
export class ListChangesUseCase {
  private readonly settings: ChangeFeedSettings;

  constructor(
    @Inject(ChangeLogRepository) private readonly changes: ChangeLogRepository,
    @Inject(GATEWAY_SETTINGS) settings: ResolvedGatewaySettings,
  ) {
    this.settings = settings.changeFeed;
  }

  async execute(query: ListChangesQueryDto, caller: Principal): Promise<ChangePageDto> {
    const purgedThrough = await this.changes.purgedThrough();
    const since = query.since === undefined ? purgedThrough : decodeChangeCursor(query.since);
    if (BigInt(since) < BigInt(purgedThrough)) {
      throw new DomainError('CHANGES.CURSOR_EXPIRED', `Cursor ${since} is older than the retention (purged through ${purgedThrough})`);
    }
    const scopePath = caller.scopeOrgId === null ? null : await this.changes.scopePath(caller.scopeOrgId);
    if (caller.scopeOrgId !== null && scopePath === null) return { items: [], nextCursor: encodeChangeCursor(since) };
    const scan = await this.changes.scan(since, query.types ?? CHANGE_TYPES, scopePath, query.limit ?? 50, this.settings.scanWindow);
    return {
      items: scan.rows.map((r) => ({ type: r.type, id: r.recordId, version: r.version, action: r.action, occurredAt: r.occurredAt.toISOString() })),
      nextCursor: encodeChangeCursor(scan.scannedThrough),
    };
  }
}
