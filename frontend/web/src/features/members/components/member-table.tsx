import Button from 'antd/es/button';
import Table from 'antd/es/table';
import { Link } from 'react-router';
import { formatNumber, formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import type { MemberSummary } from '../api/members-api';
import { useMembersMessages } from '../i18n/use-members-messages';
import { MemberStatusTag } from './member-status-tag';

/** One row per member (name links to the profile), and "load more" while the server has a next page. */
export function MemberTable(props: { members: MemberSummary[]; loading: boolean; hasMore: boolean; loadingMore: boolean; onLoadMore: () => void }) {
  const { m, language } = useMembersMessages();
  const c = m.columns;
  return (
    <>
      <Table<MemberSummary>
        rowKey="id"
        size="small"
        loading={props.loading}
        dataSource={props.members}
        pagination={false}
        locale={{ emptyText: m.list.empty }}
        columns={[
          { key: 'fullName', title: c.fullName, render: (_, member) => <Link to={`/dang-vien/${member.id}`}>{member.fullName}</Link> },
          { key: 'dateOfBirth', title: c.dateOfBirth, render: (_, member) => formatPartyDate(member.dateOfBirth) },
          { key: 'org', title: c.org, render: (_, member) => member.orgName ?? '—', responsive: ['lg'] },
          { key: 'admission', title: c.admission, render: (_, member) => formatPartyDate(member.firstAdmissionDecisionDate), width: 130, responsive: ['sm'] },
          { key: 'cardNumber', title: c.cardNumber, dataIndex: 'cardNumber', width: 110, responsive: ['md'] },
          { key: 'status', title: c.status, render: (_, member) => <MemberStatusTag status={member.status} /> },
        ]}
      />
      <div className="member-list-footer">
        <span className="muted" aria-live="polite">
          {fill(props.hasMore ? m.list.shown : m.list.allShown, { n: formatNumber(props.members.length, language) })}
        </span>
        {props.hasMore && (
          <Button onClick={props.onLoadMore} loading={props.loadingMore}>
            {m.list.loadMore}
          </Button>
        )}
      </div>
    </>
  );
}
