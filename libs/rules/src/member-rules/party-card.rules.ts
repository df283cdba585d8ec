import { RuleTable } from '../rule-table/rule-table';

// Party card and member history numbers (members.md §4.3).

export interface PartyCardFormat {
  /** Số thẻ đảng viên. */
  cardNumber: RegExp;
  /** Số lý lịch đảng viên: 6 digits + the 1–3 letter code of the provincial-level committee. */
  historyNumber: RegExp;
}

export const PARTY_CARD_FORMAT = new RuleTable<PartyCardFormat>('party-card-format', [
  {
    effectiveFrom: '2003-10-17',
    source: {
      document: 'Chỉ thị 29-CT/TW ngày 17/10/2003; Hướng dẫn khai phiếu đảng viên (BTCTW)',
      via: 'kiemtailieu.com (Long Biên 2012)',
      note:
        'Thẻ 8 chữ số; số lý lịch 6 chữ số + 1–3 chữ cái. Chỉ thị 51-CT/TW (08/8/2025) đổi thẻ và gắn thẻ điện tử; cách đánh số mới chưa rõ [VERIFY] — thêm phiên bản khi có.',
    },
    value: { cardNumber: /^\d{8}$/, historyNumber: /^\d{6}[A-ZĐ]{1,3}$/ },
  },
]);
