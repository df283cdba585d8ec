import Button from 'antd/es/button';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import type { GradingMark, MemberGrading } from '../api/grading-api';
import { useGradingMessages, type GradingMessages } from '../i18n/use-grading-messages';

function markCell(mark: GradingMark | null | undefined, g: GradingMessages) {
  return mark ? (
    <span title={g.levels[mark.level]}>
      {mark.points} · {g.shortLevels[mark.level]}
    </span>
  ) : (
    '—'
  );
}

const STEP_COLORS = { pending: 'default', 'self-assessed': 'blue', proposed: 'gold', decided: 'green' } as const;

/** The members of the chosen org's subtree: step, points and level at each step, and the next step's button. */
export function MemberGradingTable(props: {
  rows: MemberGrading[];
  loading: boolean;
  open: boolean;
  canGrade: boolean;
  onStep: (kind: 'propose' | 'decide', grading: MemberGrading) => void;
}) {
  const { g } = useGradingMessages();
  const c = g.columns;
  return (
    <Table<MemberGrading>
      rowKey="memberId"
      size="small"
      className="grading-member-table"
      pagination={false}
      loading={props.loading}
      dataSource={props.rows}
      columns={[
        { title: c.member, dataIndex: 'memberName', key: 'member' },
        { title: c.org, dataIndex: 'orgName', key: 'org' },
        {
          title: c.step,
          key: 'step',
          render: (_, row) => (row.exclusionReason ? <Tag>{g.exclusion[row.exclusionReason]}</Tag> : <Tag color={STEP_COLORS[row.step]}>{g.steps[row.step]}</Tag>),
        },
        { title: c.self, key: 'self', render: (_, row) => markCell(row.selfAssessment, g) },
        { title: c.proposal, key: 'proposal', render: (_, row) => markCell(row.proposal, g) },
        { title: c.decision, key: 'decision', render: (_, row) => markCell(row.decision, g) },
        {
          title: c.actions,
          key: 'actions',
          render: (_, row) =>
            props.open && props.canGrade && !row.exclusionReason ? (
              <Space size="small">
                {row.step !== 'decided' ? (
                  <Button size="small" onClick={() => props.onStep('propose', row)} aria-label={`${g.form.propose}: ${row.memberName}`}>
                    {g.form.propose}
                  </Button>
                ) : null}
                {row.step === 'proposed' || row.step === 'decided' ? (
                  <Button size="small" type="primary" onClick={() => props.onStep('decide', row)} aria-label={`${g.form.decide}: ${row.memberName}`}>
                    {g.form.decide}
                  </Button>
                ) : null}
              </Space>
            ) : null,
        },
      ]}
    />
  );
}
