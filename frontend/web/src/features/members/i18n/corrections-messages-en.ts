import type { correctionsMessagesVi } from './corrections-messages-vi';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** Correction requests (English). */
export const correctionsMessagesEn: Widen<typeof correctionsMessagesVi> = {
  title: 'Correction requests',
  open: 'Correction requests',
  intro: 'Requests from members held in {org}. Correct the record first (“Edit record”), then mark the request done; if you do not correct it, say why so that the member knows.',
  statusFilter: 'Status',
  statuses: { open: 'Waiting', resolved: 'Corrected', rejected: 'Not corrected' },
  all: 'All',
  columns: { member: 'Member', items: 'Requested change', note: 'Member’s reason', createdAt: 'Sent on', status: 'Status', actions: 'Action' },
  empty: 'No requests.',
  editRecord: 'Edit record',
  markResolved: 'Corrected',
  reject: 'Not corrected',
  resolveTitle: 'Mark the request of {name} as corrected',
  rejectTitle: 'Do not correct the record of {name}',
  resolutionNote: 'Note for the member',
  rejectionNote: 'Why not (the member will read it)',
  resolvedDone: 'The request of {name} is marked corrected.',
  rejectedDone: 'The request of {name} was answered: not corrected.',
  closedBy: '{when}, {who}',
  mineTitle: 'Requests sent',
  mineEmpty: 'You have not sent any request.',
  answer: 'Answer',
  loadMore: 'Load more',
};
