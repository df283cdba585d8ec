import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { formErrorsOf } from '../../../api/field-errors';
import type { Member } from '../api/members-api';
import { firstFieldWithError, formFieldOf, formValuesOf, MEMBER_FORM_FIELDS, toCreateInput, toFormError, toUpdateInput } from './member-form';

const ORG = '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70';

describe('member form', () => {
  it('builds a new record: trimmed texts, null for blanks, dates as YYYY-MM-DD, a card only when typed', () => {
    const input = toCreateInput({
      fullName: '  Nguyễn Văn An ',
      birthName: ' ',
      sex: 'male',
      dateOfBirth: dayjs('1985-03-12'),
      languages: 'Tiếng Anh B2, , Tiếng Pháp',
      admissionDecisionDate: dayjs('2010-05-15'),
      ceremonyDate: dayjs('2010-06-01'),
      orgId: ORG,
      status: 'probationary',
    });
    expect(input).toMatchObject({ fullName: 'Nguyễn Văn An', birthName: null, dateOfBirth: '1985-03-12', languages: ['Tiếng Anh B2', 'Tiếng Pháp'], orgId: ORG });
    expect(input.periods).toEqual([{ admissionDecisionDate: '2010-05-15', admissionDecisionNumber: null, ceremonyDate: '2010-06-01', recognitionDate: null }]);
    expect(input.cards).toBeUndefined();
    expect(toCreateInput({ fullName: 'A', sex: 'female', status: 'official', cardNumber: '01234567', cardIssuedOn: dayjs('2012-03-03') }).cards).toEqual([
      { cardNumber: '01234567', issuedOn: '2012-03-03' },
    ]);
  });

  it('edits the latest admission and keeps the earlier periods as they were', () => {
    const member = {
      fullName: 'Trần Thị Bình',
      sex: 'female',
      dateOfBirth: '1970-01-02',
      languages: [],
      orgId: ORG,
      status: 'official',
      periods: [
        { admissionDecisionDate: '1990-01-01', admissionDecisionNumber: '1-QĐ', ceremonyDate: null, recognitionDate: '1991-01-02', endedOn: '1995-01-01', endReason: 'Xóa tên' },
        { admissionDecisionDate: '2000-01-01', admissionDecisionNumber: null, ceremonyDate: '2000-02-01', recognitionDate: '2001-02-01', endedOn: null, endReason: null },
      ],
    } as unknown as Member;
    const values = formValuesOf(member);
    expect(values.ceremonyDate?.format('YYYY-MM-DD')).toBe('2000-02-01');
    const update = toUpdateInput({ ...values, recognitionDate: dayjs('2001-03-01') }, member);
    expect(update.periods?.[0]).toEqual(member.periods[0]);
    expect(update.periods?.[1]).toEqual({ admissionDecisionDate: '2000-01-01', admissionDecisionNumber: null, ceremonyDate: '2000-02-01', recognitionDate: '2001-03-01', endedOn: null, endReason: null });
  });

  it('puts the API’s details next to the form’s fields', () => {
    expect(formFieldOf('periods[0].ceremonyDate', 0)).toBe('ceremonyDate');
    expect(formFieldOf('periods[0].endedOn', 1)).toBe('periods.0.endedOn');
    expect(formFieldOf('cards[0].issuedOn', 0)).toBe('cardIssuedOn');
    expect(formFieldOf('cards[2].cardNumber', 0)).toBe('cardNumber');
    expect(formFieldOf('citizenId', 0)).toBe('citizenId');

    const error = new ApiError(422, {
      code: 'VALIDATION.FAILED',
      message: 'Dữ liệu không hợp lệ',
      details: [
        { field: 'periods[0].ceremonyDate', code: 'beforeDecision', message: 'periods[0].ceremonyDate: lễ kết nạp không được trước ngày quyết định kết nạp' },
        { field: 'periods[3].endedOn', code: 'required', message: 'periods[3].endedOn: phải có ngày kết thúc' },
      ],
    });
    const mapped = formErrorsOf(toFormError(error, 0) as ApiError, MEMBER_FORM_FIELDS);
    expect(mapped.fields).toEqual({ ceremonyDate: ['Lễ kết nạp không được trước ngày quyết định kết nạp'] });
    expect(mapped.general).toEqual(['Dữ liệu không hợp lệ', 'periods[3].endedOn: phải có ngày kết thúc']);
  });
});

describe('first field with an error', () => {
  it('follows the form’s order, not the order antd lists them', () => {
    const fields = [
      { name: ['cardNumber'], errors: ['Sai định dạng'] },
      { name: ['fullName'], errors: [] },
      { name: ['citizenId'], errors: ['Đã được dùng'] },
    ];
    expect(firstFieldWithError(fields)).toBe('citizenId');
    expect(firstFieldWithError([{ name: ['fullName'], errors: [] }])).toBeUndefined();
  });
});
