import { DomainError, type Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { subtreeUpperBound } from '../orgs/org-path';

/**
 * Members held in the subtree at `path`, every status (the rows the 7-HSĐV list writes): summed
 * from `member_count` (kept by triggers in the writing transaction), a few rows per org rather
 * than a pass over the members.
 */
export async function subtreeMemberCount(m: EntityManager, path: string): Promise<number> {
  const [{ n }] = await m.query<{ n: string | null }[]>(
    `SELECT sum(n) AS n FROM member_count WHERE org_path >= $1::text COLLATE "C" AND org_path < $2::text COLLATE "C"`,
    [path, subtreeUpperBound(path)],
  );
  return Number(n ?? 0);
}

/** 422, the code's own message, and a detail that says the count and the limit (`orgId`: the org exported). */
function tooLarge(members: number, max: number, lang: Language): DomainError {
  const messages: Record<Language, string> = {
    vi:
      `orgId: tổ chức có ${members.toLocaleString('vi-VN')} đảng viên, quá ${max.toLocaleString('vi-VN')} để xuất trực tiếp; ` +
      'hãy tạo lệnh xuất chạy nền (POST /api/v1/member-exports) rồi tải tệp khi xong',
    en:
      `orgId: the organisation has ${members.toLocaleString('en-US')} members, over ${max.toLocaleString('en-US')} for a direct export; ` +
      'create a background export (POST /api/v1/member-exports) and download the file when it is done',
  };
  return DomainError.localized('MEMBERS.EXPORT_TOO_LARGE', lang, [{ field: 'orgId', code: 'tooManyMembers', message: messages[lang] }]);
}

/**
 * A file written inside the request must finish within the gateway's file timeout: above the
 * gateway's limit (`maxMembers`, absent → no limit) the caller is sent to a background export (422).
 */
export async function assertDirectExportSize(m: EntityManager, path: string, maxMembers: number | undefined, lang: Language): Promise<void> {
  if (maxMembers === undefined) return;
  const members = await subtreeMemberCount(m, path);
  if (members > maxMembers) throw tooLarge(members, maxMembers, lang);
}
