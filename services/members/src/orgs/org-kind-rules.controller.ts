import { ListOrgKindRulesRequest, SUBJECTS, type OrgKindRulesDto } from '@lienthong/contracts';
import { RpcHandler } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { isKindAllowed, partyToday } from './org-kind-rules';
import { OrgRepository } from './org.repository';

/**
 * The kind rules in force on a date (reference data seeded from Điều lệ Đảng and 294-QĐ/TW), so
 * that a create form offers only the kinds a parent may hold. A few dozen rows: read whole.
 */
@Controller()
export class OrgKindRulesController {
  constructor(@Inject(OrgRepository) private readonly orgs: OrgRepository) {}

  @RpcHandler(SUBJECTS.members.orgKindRules, ListOrgKindRulesRequest, { permission: 'members:read', scope: 'none' })
  async list(request: ListOrgKindRulesRequest): Promise<OrgKindRulesDto> {
    const onDate = request.onDate ?? partyToday();
    const all = await this.orgs.kindRules();
    const rules = all.filter((r) => isKindAllowed([r], r.parentKind, r.childKind, onDate));
    return { onDate, rules };
  }
}
