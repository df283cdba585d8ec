import Button from 'antd/es/button';
import Segmented from 'antd/es/segmented';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { listImportRows, type ImportRow, type RowFilter } from '../api/member-import-api';
import { useMemberImportMessages } from '../i18n/use-member-import-messages';

const FILTERS: RowFilter[] = ['all', 'error', 'valid', 'duplicate'];

/** The preview table: row number, name, and each error with its cell; filtered, a page at a time. */
export function ImportPreview({ importId, version }: { importId: string; version: string }) {
  const { w } = useMemberImportMessages();
  const api = useApi();
  const [filter, setFilter] = useState<RowFilter>('error');
  const rows = useInfiniteQuery({
    queryKey: ['member-import-rows', importId, filter, version],
    queryFn: ({ pageParam, signal }) => listImportRows(api, importId, filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = rows.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="import-preview">
      <Segmented<RowFilter> value={filter} onChange={setFilter} options={FILTERS.map((f) => ({ value: f, label: w.preview.filters[f] }))} aria-label={w.steps.preview} />
      {rows.isError && <p className="field-error">{rows.error.message}</p>}
      <Table<ImportRow>
        rowKey="rowNumber"
        size="small"
        pagination={false}
        loading={rows.isPending}
        dataSource={items}
        locale={{ emptyText: w.preview.empty }}
        columns={[
          { title: w.preview.columns.row, dataIndex: 'rowNumber', width: 70 },
          { title: w.preview.columns.name, dataIndex: 'fullName', render: (name: string | null) => name ?? '—' },
          {
            title: w.preview.columns.result,
            key: 'result',
            render: (_: unknown, row: ImportRow) =>
              row.errors.length === 0 ? (
                <Tag color={row.memberId ? 'blue' : 'green'}>{row.memberId ? w.preview.created : w.preview.ok}</Tag>
              ) : (
                <ul className="import-row-errors">
                  {row.errors.map((e, i) => (
                    <li key={i}>{e.message}</li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
      {rows.hasNextPage && (
        <Button onClick={() => void rows.fetchNextPage()} loading={rows.isFetchingNextPage}>
          {w.preview.more}
        </Button>
      )}
    </div>
  );
}
