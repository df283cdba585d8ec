import ArrowLeftOutlined from '@ant-design/icons/es/icons/ArrowLeftOutlined';
import EditOutlined from '@ant-design/icons/es/icons/EditOutlined';
import Tabs from 'antd/es/tabs';
import Typography from 'antd/es/typography';
import { Link, useParams } from 'react-router';
import { formatInstant } from '../../../i18n/format';
import { NotFoundPage } from '../../../pages/not-found-page';
import { ButtonLink } from '../../../ui/button-link';
import { LoadingLine } from '../../../ui/loading-line';
import { isApiError } from '../../../api/api-error';
import { useMe } from '../../auth/hooks/use-session';
import { BadgeCircumstancesCard } from '../../badges/components/badge-circumstances-card';
import { useBadgeCircumstancesMessages } from '../../badges/i18n/use-badge-circumstances-messages';
import { RecordSheetButtons } from '../../member-export/components/record-sheet-buttons';
import { MemberLifecycleTab } from '../../member-lifecycle/components/member-lifecycle-tab';
import { useLifecycleMessages } from '../../member-lifecycle/i18n/use-lifecycle-messages';
import { MemberHistoryView } from '../components/member-history-view';
import { MemberMembershipsView } from '../components/member-memberships-view';
import { MemberRecordView } from '../components/member-record-view';
import { MemberStatusTag } from '../components/member-status-tag';
import { useMember } from '../hooks/use-member';
import { useOrgNames } from '../hooks/use-org-names';
import { useMembersMessages } from '../i18n/use-members-messages';
import '../members.css';

/** `/dang-vien/:memberId`: one record in tabs (lý lịch, memberships over time, history, lifecycle, the badge's special circumstances). */
export default function MemberProfilePage() {
  const { t, m } = useMembersMessages();
  const lifecycleWords = useLifecycleMessages();
  const badgeWords = useBadgeCircumstancesMessages();
  const { memberId } = useParams();
  const me = useMe().data;
  const member = useMember(memberId);
  const names = useOrgNames(member.data ? [member.data.orgId] : []);
  if (member.isError) {
    // Outside my scope the API answers 404 like a record that does not exist.
    if (isApiError(member.error) && (member.error.status === 404 || member.error.status === 400)) return <NotFoundPage />;
    return <p className="field-error">{member.error.message}</p>;
  }
  if (!member.data) return <LoadingLine />;
  const record = member.data;

  return (
    <div className="member-profile">
      <Link to="/dang-vien" className="member-back">
        <ArrowLeftOutlined /> {m.profile.back}
      </Link>
      <div className="page-heading">
        <Typography.Title level={1} className="page-title">
          {record.fullName} <MemberStatusTag status={record.status} />
        </Typography.Title>
        <RecordSheetButtons memberId={record.id} />
        {me?.permissions.includes('members:write') && (
          <ButtonLink to={`/dang-vien/${record.id}/sua`} icon={<EditOutlined />}>
            {m.profile.edit}
          </ButtonLink>
        )}
      </div>
      <p className="muted">
        {m.profile.updatedAt}: {formatInstant(record.updatedAt)}
      </p>
      <Tabs
        items={[
          { key: 'record', label: m.profile.tabRecord, children: <MemberRecordView member={record} orgName={names[record.orgId] ?? t.common.none} /> },
          { key: 'memberships', label: m.profile.tabMemberships, children: <MemberMembershipsView member={record} /> },
          { key: 'history', label: m.profile.tabHistory, children: <MemberHistoryView member={record} /> },
          { key: 'lifecycle', label: lifecycleWords.tab, children: <MemberLifecycleTab member={record} /> },
          { key: 'badges', label: badgeWords.tab, children: <BadgeCircumstancesCard member={record} /> },
        ]}
      />
    </div>
  );
}
