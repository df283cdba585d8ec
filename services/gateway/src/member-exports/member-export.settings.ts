/** Exports written inside the request (`GATEWAY_EXPORT_DIRECT_MAX_MEMBERS`). */
export interface MemberExportSettings {
  /**
   * Above this many members in the subtree, `GET /orgs/{id}/member-list.xlsx` and `/badge-list.xlsx`
   * answer 422 MEMBERS.EXPORT_TOO_LARGE and the caller creates a background export (POST /member-exports):
   * a file written inside the request must finish within the gateway's 120 s file timeout. Default 50 000.
   */
  directMaxMembers: number;
}

export const DEFAULT_MEMBER_EXPORT_SETTINGS: MemberExportSettings = { directMaxMembers: 50_000 };

export function resolveMemberExportSettings(partial: Partial<MemberExportSettings> = {}): MemberExportSettings {
  const settings = { ...DEFAULT_MEMBER_EXPORT_SETTINGS, ...partial };
  if (!Number.isInteger(settings.directMaxMembers) || settings.directMaxMembers < 0) throw new Error('memberExports.directMaxMembers must be an integer ≥ 0');
  return settings;
}
