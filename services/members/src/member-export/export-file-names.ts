import { fileSlug } from './blob-output';

/** `danh-sach-dang-vien-<org>.xlsx`: the 7-HSĐV list of an org's subtree. */
export function memberListFileName(orgName: string): string {
  return `danh-sach-dang-vien-${fileSlug(orgName, 'to-chuc')}.xlsx`;
}

/** `huy-hieu-dang-<occasion>-<org>.xlsx`: the badge list of an org's subtree at an award occasion. */
export function badgeListFileName(occasion: string, orgName: string): string {
  return `huy-hieu-dang-${occasion}-${fileSlug(orgName, 'to-chuc')}.xlsx`;
}
