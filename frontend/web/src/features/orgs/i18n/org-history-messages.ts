import { useI18n } from '../../../i18n/i18n-context';

// The org detail's terms and history tabs (loaded with the org screen's lazy route).
const vi = {
  tabs: { detail: 'Thông tin', terms: 'Nhiệm kỳ', history: 'Lịch sử sắp xếp' },
  terms: {
    empty: 'Chưa ghi nhận nhiệm kỳ nào.',
    open: 'Mở nhiệm kỳ mới',
    close: 'Kết thúc nhiệm kỳ',
    current: 'Đang diễn ra',
    label: 'Tên nhiệm kỳ',
    labelPlaceholder: 'Ví dụ: Nhiệm kỳ 2025–2030',
    number: 'Đại hội lần thứ',
    startDate: 'Ngày bắt đầu',
    endDate: 'Ngày kết thúc (ngày cuối cùng)',
    endDateHelp: 'Chỉ điền khi ghi lại một nhiệm kỳ đã qua.',
    period: 'Thời gian',
    opened: 'Đã mở “{label}”.',
    closed: 'Đã kết thúc “{label}”.',
    closeTitle: 'Kết thúc “{label}”',
  },
  history: {
    empty: 'Tổ chức chưa qua sắp xếp, hợp nhất, chia tách nào.',
    predecessors: 'Hình thành từ',
    successors: 'Được sắp xếp thành',
    versions: 'Tên gọi, trực thuộc qua các thời kỳ',
    until: 'đến nay',
  },
};

const en: typeof vi = {
  tabs: { detail: 'Details', terms: 'Terms', history: 'Restructuring history' },
  terms: {
    empty: 'No term recorded yet.',
    open: 'Open a new term',
    close: 'Close the term',
    current: 'In progress',
    label: 'Term name',
    labelPlaceholder: 'E.g. Term 2025–2030',
    number: 'Congress number',
    startDate: 'Start date',
    endDate: 'End date (last day)',
    endDateHelp: 'Only when recording a past term.',
    period: 'Period',
    opened: '“{label}” opened.',
    closed: '“{label}” closed.',
    closeTitle: 'Close “{label}”',
  },
  history: {
    empty: 'The organisation has not been merged, split or restructured.',
    predecessors: 'Formed from',
    successors: 'Restructured into',
    versions: 'Names and parents over time',
    until: 'to date',
  },
};

export type OrgHistoryMessages = typeof vi;

export function useOrgHistoryMessages(): OrgHistoryMessages {
  return useI18n().language === 'en' ? en : vi;
}
