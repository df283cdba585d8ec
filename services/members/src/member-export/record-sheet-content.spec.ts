import type { MemberDto } from '@lienthong/contracts';
import { recordSheetContent } from './record-sheet-content';

const base: MemberDto = {
  id: 'm1',
  fullName: 'Lê Thị Đào',
  sex: 'female',
  dateOfBirth: '1975-09-02',
  status: 'official',
  orgId: 'o2',
  citizenId: null,
  cardNumber: '41000001',
  firstAdmissionDecisionDate: '2001-05-19',
  partyAgeSince: '2001-05-19',
  version: 3,
  birthName: 'Lê Thị Hoa',
  aliases: [],
  placeOfBirth: null,
  homeTown: 'Xã Hoằng Lộc, tỉnh Thanh Hóa',
  permanentResidence: null,
  temporaryResidence: null,
  occupation: null,
  education: '12/12',
  qualifications: null,
  politicalTheory: 'trung-cap',
  languages: [],
  historyNumber: '004321TH',
  statusSince: '2002-05-19',
  periods: [
    { admissionDecisionDate: '2001-05-19', admissionDecisionNumber: null, ceremonyDate: null, recognitionDate: '2002-05-19', endedOn: null, endReason: null },
  ],
  cards: [
    { cardNumber: '40000001', issuedOn: '2003-01-01', replacedOn: '2015-06-01' },
    { cardNumber: '41000001', issuedOn: '2015-06-01', replacedOn: null },
  ],
  orgMemberships: [
    { orgId: 'o1', kind: 'official', startedOn: '2001-05-19', endedOn: '2010-01-01' },
    { orgId: 'o2', kind: 'official', startedOn: '2010-01-01', endedOn: null },
  ],
  sensitive: { ethnicity: 'Thái', religion: 'Không', health: null, family: [{ relation: 'Mẹ', fullName: 'Nguyễn Thị Lan', birthYear: 1950, note: null }] },
  sensitiveWithheld: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const orgs = { parentName: 'Đảng bộ xã Hoằng Lộc', orgName: 'Chi bộ thôn Đông', names: { o1: 'Chi bộ thôn Tây', o2: 'Chi bộ thôn Đông' } };

describe('record sheet content', () => {
  it('lists the lý lịch items in the form\'s order, the name in capitals, dates as dd/mm/yyyy, the numbers in the header', () => {
    const c = recordSheetContent(base, orgs, '2026-11-26');
    expect(c.fields.map(([label]) => label.trim().split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', 'Lý luận chính trị; ngoại ngữ', '14', 'Ngày lễ kết nạp', '15', 'Số CCCD', 'Tình trạng']);
    expect(Object.fromEntries(c.fields)).toMatchObject({
      '1. Họ và tên đang dùng': 'LÊ THỊ ĐÀO',
      '3. Họ và tên khai sinh': 'Lê Thị Hoa',
      '4. Bí danh': '—',
      '5. Ngày, tháng, năm sinh': '02/09/1975',
      '9. Dân tộc': 'Thái',
      '    Lý luận chính trị; ngoại ngữ': 'Trung cấp; —',
      '14. Ngày vào Đảng (quyết định kết nạp)': '19/05/2001',
      '    Ngày lễ kết nạp': '—',
      '15. Ngày chính thức': '19/05/2002',
      'Tình trạng': 'Đảng viên chính thức (từ 19/05/2002)',
    });
    expect(c.numbers).toEqual(['Số lý lịch: 004321TH', 'Số thẻ đảng viên: 41000001']);
    expect(c.placeAndDate).toBe('……………, ngày 26 tháng 11 năm 2026');
    expect(c.withheldNote).toBeNull();
  });

  it('gives the tables every period, card (replaced ones too) and membership with the orgs named, and the family', () => {
    const c = recordSheetContent(base, orgs, '2026-11-26');
    expect(c.tables.map((t) => t.title)).toEqual(['Các lần vào Đảng', 'Thẻ đảng viên', 'Sinh hoạt đảng', '22. Quan hệ gia đình']);
    expect(c.tables[1].rows).toEqual([
      ['40000001', '01/01/2003', '01/06/2015'],
      ['41000001', '01/06/2015', ''],
    ]);
    expect(c.tables[2].rows.map((r) => r[0])).toEqual(['Chi bộ thôn Tây', 'Chi bộ thôn Đông']);
    expect(c.tables[3].rows).toEqual([['Mẹ', 'Nguyễn Thị Lan', '1950', '']]);
    for (const t of c.tables) for (const r of t.rows) expect(r).toHaveLength(t.headers.length);
  });

  it('leaves ethnicity, religion and family out when withheld, and says so', () => {
    const c = recordSheetContent({ ...base, sensitive: null, sensitiveWithheld: true }, orgs, '2026-11-26');
    expect(c.fields.map(([label]) => label)).not.toEqual(expect.arrayContaining(['9. Dân tộc', '10. Tôn giáo']));
    expect(c.tables.map((t) => t.title)).not.toContain('22. Quan hệ gia đình');
    expect(JSON.stringify(c)).not.toMatch(/Thái|Nguyễn Thị Lan/);
    expect(c.withheldNote).toContain('dữ liệu nhạy cảm');
  });

  it('writes dates as dd/mm/yyyy and nothing for none', () => {
    const c = recordSheetContent({ ...base, periods: [{ ...base.periods[0], admissionDecisionDate: '2027-02-03', recognitionDate: null }] }, orgs, '2027-03-01');
    expect(c.tables[0].rows).toEqual([['03/02/2027', '', '', '', '', '']]);
    expect(Object.fromEntries(c.fields)['15. Ngày chính thức']).toBe('—');
  });
});
