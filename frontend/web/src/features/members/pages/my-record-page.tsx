import Typography from 'antd/es/typography';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { LoadingLine } from '../../../ui/loading-line';
import { getMyMemberRecord } from '../api/members-api';
import { CorrectionRequestForm } from '../components/correction-request-form';
import { MemberHistoryView } from '../components/member-history-view';
import { MemberRecordView } from '../components/member-record-view';
import { MyCorrections } from '../components/my-corrections';
import { useMembersMessages } from '../i18n/use-members-messages';
import '../members.css';

/** `/ho-so-cua-toi`: my own record, read-only (sensitive fields included: they are mine), and a correction request. */
export default function MyRecordPage() {
  const { t, m } = useMembersMessages();
  const api = useApi();
  const record = useQuery({ queryKey: ['members', 'mine'], queryFn: ({ signal }) => getMyMemberRecord(api, signal), retry: false });
  const notLinked = isApiError(record.error) && record.error.code === 'MEMBERS.MEMBER_RECORD_NOT_LINKED';

  return (
    <div className="my-record-page">
      <Typography.Title level={1} className="page-title">
        {m.mine.title}
      </Typography.Title>
      {notLinked && <p className="notice notice-info">{m.mine.notLinked}</p>}
      {record.isError && !notLinked && <p className="field-error">{record.error.message}</p>}
      {record.isPending && <LoadingLine />}
      {record.data && (
        <>
          <p className="muted">{m.mine.intro}</p>
          <MemberRecordView member={record.data} orgName={record.data.orgName ?? t.common.none} />
          <h2 className="member-section-title">{m.profile.tabHistory}</h2>
          <MemberHistoryView member={record.data} />
          <CorrectionRequestForm />
          <MyCorrections />
        </>
      )}
    </div>
  );
}
