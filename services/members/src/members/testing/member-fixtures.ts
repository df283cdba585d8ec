import type { CreateMemberRequest } from '@lienthong/contracts';

let counter = 0;

/** A unique 12-digit citizen ID and 8-digit card number per call. */
export function uniqueNumbers(): { citizenId: string; cardNumber: string } {
  counter += 1;
  const n = (Date.now() % 1_000_000) * 1000 + counter;
  return { citizenId: String(1e11 + n).slice(0, 12).padStart(12, '0'), cardNumber: String(n % 1e8).padStart(8, '0') };
}

/**
 * An official member as a chi bộ records one: born 1985, admitted 2010 (decision 15/05, ceremony
 * 01/06), recognised 01/06/2011, card issued 2012. Override anything.
 */
export function officialMember(orgId: string, overrides: Partial<CreateMemberRequest> = {}): CreateMemberRequest {
  const { citizenId, cardNumber } = uniqueNumbers();
  return {
    orgId,
    fullName: 'Nguyễn Văn An',
    sex: 'male',
    dateOfBirth: '1985-03-12',
    placeOfBirth: 'Xã Hải Châu, tỉnh Thanh Hóa',
    homeTown: 'Thanh Hóa',
    citizenId,
    occupation: 'Chuyên viên',
    education: '12/12',
    politicalTheory: 'trung-cap',
    languages: ['Tiếng Anh B2'],
    status: 'official',
    periods: [{ admissionDecisionDate: '2010-05-15', ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01' }],
    cards: [{ cardNumber, issuedOn: '2012-03-03' }],
    ...overrides,
  };
}

/** A probationary member admitted this year (no card yet). */
export function probationaryMember(orgId: string, overrides: Partial<CreateMemberRequest> = {}): CreateMemberRequest {
  return officialMember(orgId, {
    fullName: 'Trần Thị Bình',
    sex: 'female',
    dateOfBirth: '1998-07-20',
    status: 'probationary',
    periods: [{ admissionDecisionDate: '2025-09-01', ceremonyDate: '2025-09-15' }],
    cards: [],
    ...overrides,
  });
}
