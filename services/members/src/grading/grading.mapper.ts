import type { GradingCampaignDto, GradingLevelCode, GradingMarkDto, MemberGradingDto, OrgGradingDto } from '@lienthong/contracts';
import type { CampaignRow } from './grading-campaign.repository';
import type { MemberGradingRow } from './member-grading.repository';
import type { OrgGradingRow } from './org-grading.repository';

export function toCampaignDto(row: CampaignRow): GradingCampaignDto {
  const { rootOrgPath: _path, ...rest } = row;
  return { ...rest, openedAt: row.openedAt.toISOString(), closedAt: row.closedAt?.toISOString() ?? null };
}

type MarkColumns<P extends string> = { [K in `${P}Points` | `${P}Level` | `${P}Comment` | `${P}At` | `${P}By`]: unknown };

function markOf<P extends 'self' | 'proposed' | 'decided'>(row: MarkColumns<P>, p: P): GradingMarkDto | null {
  const r = row as Record<string, unknown>;
  const at = r[`${p}At`] as Date | null;
  if (at === null) return null;
  return {
    points: r[`${p}Points`] as number,
    level: r[`${p}Level`] as GradingLevelCode,
    comment: r[`${p}Comment`] as string | null,
    at: at.toISOString(),
    by: r[`${p}By`] as string | null,
  };
}

function decisionOf(row: OrgGradingRow | MemberGradingRow): OrgGradingDto['decision'] {
  const decision = markOf(row, 'decided');
  return decision && { ...decision, decisionRef: row.decisionRef };
}

export function toMemberGradingDto(row: MemberGradingRow): MemberGradingDto {
  return {
    id: row.id,
    campaignId: row.campaignId,
    memberId: row.memberId,
    memberName: row.memberName,
    orgId: row.orgId,
    orgName: row.orgName,
    exclusionReason: row.exclusionReason,
    step: row.step,
    selfAssessment: markOf(row, 'self'),
    proposal: markOf(row, 'proposed'),
    decision: decisionOf(row),
    version: row.version,
  };
}

export function toOrgGradingDto(row: OrgGradingRow): OrgGradingDto {
  return { id: row.id, campaignId: row.campaignId, orgId: row.orgId, orgName: row.orgName, parentId: row.parentId, decision: decisionOf(row), version: row.version };
}
