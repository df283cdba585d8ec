import type { CreateMemberRequest, MemberDto } from '@lienthong/contracts';
import type { DataSource } from 'typeorm';
import { officialMember } from '../../members/testing/member-fixtures';
import type { MembersTestClient } from '../../members/testing/members-test-client';

/** Members whose badge at 2/9/2026 is known, each with the reason it is (or is not) proposed. */
export interface BadgeCast {
  reaches30: MemberDto;
  reaches40: MemberDto;
  seriouslyIll: MemberDto;
  notIll: MemberDto;
  warned: MemberDto;
  died: MemberDto;
  readmitted: MemberDto;
  alreadyGiven: MemberDto;
}

const official = (orgId: string, fullName: string, admitted: string, extra: Partial<CreateMemberRequest> = {}) =>
  officialMember(orgId, { fullName, periods: [{ admissionDecisionDate: admitted, recognitionDate: nextYear(admitted) }], ...extra });

function nextYear(date: string): string {
  return `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
}

export async function makeBadgeCast(members: MembersTestClient, ds: DataSource, orgId: string): Promise<BadgeCast> {
  const make = (r: CreateMemberRequest) => members.create(r);
  const cast: BadgeCast = {
    reaches30: await make(official(orgId, 'Lê Văn Ba Mươi', '1996-08-20')),
    reaches40: await make(official(orgId, 'Phạm Thị Bốn Mươi', '1986-06-01', { dateOfBirth: '1960-01-01' })),
    // 30 years on 01/03/2027: six months after 2/9/2026, within the 12 months allowed for serious illness.
    seriouslyIll: await make(official(orgId, 'Hoàng Văn Ốm', '1997-03-01')),
    notIll: await make(official(orgId, 'Hoàng Văn Khỏe', '1997-03-01')),
    // 30 years on 01/07/2026, warned (cảnh cáo) on 01/06/2026: held 6 months, to 01/12/2026.
    warned: await make(official(orgId, 'Vũ Văn Cảnh Cáo', '1996-07-01')),
    // Died 01/05/2026, 30 years would have been 10/01/2027: within 12 months, posthumous.
    died: await make(
      official(orgId, 'Đỗ Văn Truy Tặng', '1997-01-10', {
        status: 'deceased',
        statusSince: '2026-05-01',
        periods: [{ admissionDecisionDate: '1997-01-10', recognitionDate: '1998-01-10', endedOn: '2026-05-01', endReason: 'Từ trần' }],
      }),
    ),
    // Out of the Party 01/08/1996 – 01/08/2000: 30 years on 01/08/2026 instead of 2022.
    readmitted: await make(
      official(orgId, 'Ngô Văn Tái Kết Nạp', '1992-08-01', {
        periods: [
          { admissionDecisionDate: '1992-08-01', recognitionDate: '1993-08-01', endedOn: '1996-08-01', endReason: 'Xóa tên' },
          { admissionDecisionDate: '2000-08-01', recognitionDate: '2001-08-01' },
        ],
      }),
    ),
    alreadyGiven: await make(official(orgId, 'Trịnh Văn Đã Trao', '1996-08-20')),
  };
  await ds.query(`INSERT INTO member_serious_illness (member_id, since, note) VALUES ($1, '2026-03-01', 'Ung thư giai đoạn cuối')`, [cast.seriouslyIll.id]);
  await ds.query(
    `INSERT INTO member_discipline (id, member_id, form, decided_on, decision_ref) VALUES (gen_random_uuid(), $1, 'canh-cao', '2026-06-01', '15-QĐ/ĐU')`,
    [cast.warned.id],
  );
  await ds.query(
    `INSERT INTO member_badge (id, member_id, milestone, occasion_date, basis, decision_number, decision_date, recorded_by)
     VALUES (gen_random_uuid(), $1, 30, '2026-09-02', 'regular', '1-QĐ/TU', '2026-08-01', '{"type":"system","id":"test"}')`,
    [cast.alreadyGiven.id],
  );
  return cast;
}
