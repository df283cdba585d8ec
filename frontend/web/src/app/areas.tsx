import ApartmentOutlined from '@ant-design/icons/es/icons/ApartmentOutlined';
import AuditOutlined from '@ant-design/icons/es/icons/AuditOutlined';
import CalendarOutlined from '@ant-design/icons/es/icons/CalendarOutlined';
import FileTextOutlined from '@ant-design/icons/es/icons/FileTextOutlined';
import HistoryOutlined from '@ant-design/icons/es/icons/HistoryOutlined';
import HomeOutlined from '@ant-design/icons/es/icons/HomeOutlined';
import IdcardOutlined from '@ant-design/icons/es/icons/IdcardOutlined';
import SwapOutlined from '@ant-design/icons/es/icons/SwapOutlined';
import TeamOutlined from '@ant-design/icons/es/icons/TeamOutlined';
import TrophyOutlined from '@ant-design/icons/es/icons/TrophyOutlined';
import StarOutlined from '@ant-design/icons/es/icons/StarOutlined';
import UserSwitchOutlined from '@ant-design/icons/es/icons/UserSwitchOutlined';
import WalletOutlined from '@ant-design/icons/es/icons/WalletOutlined';
import type { ComponentType, ReactNode } from 'react';
import type { Messages } from '../i18n/messages';

/**
 * The areas of the app: one entry here is one menu item and one route. Adding a screen = one entry
 * (with `page` lazily importing `features/<area>/pages/<area>-page.tsx`) + that feature folder.
 * `permission` hides the menu item and answers the route with the 403 page for those without it.
 * An entry without `page` is honestly shown as "being built".
 */
export interface Area {
  key: string;
  /** URL segment, Vietnamese without diacritics. */
  path: string;
  label: (t: Messages) => string;
  icon: ReactNode;
  permission?: string;
  page?: () => Promise<{ default: ComponentType }>;
  /** Further pages of the area (`dang-vien/:memberId`): no menu item of their own, the area's menu item selected. */
  subPages?: readonly { path: string; permission?: string; page: () => Promise<{ default: ComponentType }> }[];
}

export const AREAS: readonly Area[] = [
  { key: 'home', path: '', label: (t) => t.nav.home, icon: <HomeOutlined />, page: () => import('../pages/home-page') },
  {
    key: 'orgs',
    path: 'to-chuc',
    label: (t) => t.nav.orgs,
    icon: <ApartmentOutlined />,
    permission: 'members:read',
    page: () => import('../features/orgs/pages/orgs-page'),
  },
  {
    key: 'members',
    path: 'dang-vien',
    label: (t) => t.nav.members,
    icon: <TeamOutlined />,
    permission: 'members:read',
    page: () => import('../features/members/pages/members-page'),
    subPages: [
      { path: 'dang-vien/them-moi', permission: 'members:write', page: () => import('../features/members/pages/member-create-page') },
      { path: 'dang-vien/nhap-excel', permission: 'members:write', page: () => import('../features/member-import/pages/member-import-page') },
      { path: 'dang-vien/de-nghi-sua-ho-so', page: () => import('../features/members/pages/corrections-page') },
      { path: 'dang-vien/huy-hieu', page: () => import('../features/badges/pages/badge-list-page') },
      { path: 'dang-vien/tep-da-xuat', page: () => import('../features/member-export/pages/my-exports-page') },
      { path: 'dang-vien/:memberId', page: () => import('../features/members/pages/member-profile-page') },
      { path: 'dang-vien/:memberId/sua', permission: 'members:write', page: () => import('../features/members/pages/member-edit-page') },
    ],
  },
  {
    key: 'member-transfers',
    path: 'chuyen-sinh-hoat',
    label: (t) => t.nav.memberTransfers,
    icon: <SwapOutlined />,
    permission: 'members:read',
    page: () => import('../features/member-transfers/pages/member-transfers-page'),
    subPages: [{ path: 'chuyen-sinh-hoat/lap-giay', permission: 'members:write', page: () => import('../features/member-transfers/pages/issue-transfer-page') }],
  },
  {
    key: 'grading',
    path: 'danh-gia-xep-loai',
    label: (t) => t.nav.grading,
    icon: <TrophyOutlined />,
    permission: 'members:read',
    page: () => import('../features/grading/pages/grading-campaigns-page'),
    subPages: [{ path: 'danh-gia-xep-loai/:campaignId', page: () => import('../features/grading/pages/grading-campaign-page') }],
  },
  // Every signed-in account: a member's own record (an account not linked to one is told so).
  { key: 'my-record', path: 'ho-so-cua-toi', label: (t) => t.nav.myRecord, icon: <IdcardOutlined />, page: () => import('../features/members/pages/my-record-page') },
  // Every signed-in account: one's own self-assessment (an account not linked to a member is told so).
  { key: 'my-grading', path: 'tu-danh-gia', label: (t) => t.nav.myGrading, icon: <StarOutlined />, page: () => import('../features/grading/pages/my-grading-page') },
  { key: 'documents', path: 'van-ban', label: (t) => t.nav.documents, icon: <FileTextOutlined />, permission: 'documents:read' },
  { key: 'finance', path: 'tai-chinh', label: (t) => t.nav.finance, icon: <WalletOutlined />, permission: 'finance:read' },
  { key: 'resolutions', path: 'nghi-quyet', label: (t) => t.nav.resolutions, icon: <AuditOutlined />, permission: 'resolutions:read' },
  {
    key: 'users',
    path: 'nguoi-dung',
    label: (t) => t.nav.users,
    icon: <UserSwitchOutlined />,
    permission: 'admin:users',
    page: () => import('../features/users/pages/users-page'),
  },
  { key: 'calendar', path: 'lich-lam-viec', label: (t) => t.nav.calendar, icon: <CalendarOutlined />, permission: 'admin:calendar', page: () => import('../features/calendar/pages/calendar-page') },
  {
    key: 'audit',
    path: 'nhat-ky',
    label: (t) => t.nav.audit,
    icon: <HistoryOutlined />,
    permission: 'audit:read',
    page: () => import('../features/audit/pages/audit-page'),
  },
];

export function canSee(area: Area, permissions: readonly string[]): boolean {
  return area.permission === undefined || permissions.includes(area.permission);
}
