import Button from 'antd/es/button';
import Table from 'antd/es/table';
import { GRADING_LEVELS, type GradingLevel, type RollupRow } from '../api/grading-api';
import { useGradingMessages } from '../i18n/use-grading-messages';

/** Counts per level for an org (first row) and each of its children (whole subtrees); a child's name drills down. */
export function RollupTable(props: { rows: RollupRow[]; loading: boolean; canGradeOrgs: boolean; onOpen: (orgId: string) => void; onGradeOrg: (row: RollupRow) => void }) {
  const { g } = useGradingMessages();
  const c = g.columns;
  const levelColumns = GRADING_LEVELS.map((level: GradingLevel) => ({
    title: <abbr title={g.levels[level]}>{g.shortLevels[level]}</abbr>,
    key: level,
    align: 'right' as const,
    render: (_: unknown, row: RollupRow) => row.levels[level],
  }));
  return (
    <Table<RollupRow>
      rowKey="orgId"
      size="small"
      className="grading-rollup-table"
      pagination={false}
      loading={props.loading}
      dataSource={props.rows}
      rowClassName={(_, i) => (i === 0 ? 'grading-rollup-head' : '')}
      columns={[
        {
          title: c.org,
          key: 'org',
          render: (_, row, i) => (i === 0 ? <strong>{row.orgName}</strong> : <Button type="link" className="grading-org-link" onClick={() => props.onOpen(row.orgId)}>{row.orgName}</Button>),
        },
        { title: c.members, dataIndex: 'members', key: 'members', align: 'right' },
        { title: c.excluded, dataIndex: 'excluded', key: 'excluded', align: 'right' },
        { title: c.undecided, dataIndex: 'undecided', key: 'undecided', align: 'right' },
        ...levelColumns,
        {
          title: c.orgLevel,
          key: 'orgLevel',
          render: (_, row, i) => {
            const decided = row.orgGrading?.decision;
            const label = decided ? `${g.levels[decided.level]} (${decided.points})` : '—';
            if (i === 0 || !props.canGradeOrgs || !row.orgGrading) return label;
            return (
              <span>
                {label}{' '}
                <Button size="small" onClick={() => props.onGradeOrg(row)} aria-label={`${g.form.decideOrg}: ${row.orgName}`}>
                  {g.form.decideOrg}
                </Button>
              </span>
            );
          },
        },
      ]}
    />
  );
}
