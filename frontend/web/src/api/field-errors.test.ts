import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { antdFieldsOf, formErrorsOf } from './field-errors';

const validation = (details: { field: string; code: string; message: string }[]) =>
  new ApiError(400, { code: 'COMMON.VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ.', details, correlationId: 'c-1' });

describe('formErrorsOf', () => {
  it('puts each detail next to its field without the "field: " prefix the gateway adds', () => {
    const errors = formErrorsOf(
      validation([
        { field: 'name', code: 'isLength', message: 'name: phải dài từ 2 đến 255 ký tự' },
        { field: 'shortName', code: 'matches', message: 'shortName: không đúng định dạng' },
        { field: 'name', code: 'isString', message: 'name: phải là chuỗi ký tự' },
      ]),
      ['name', 'shortName', 'kind'],
    );
    expect(errors.fields).toEqual({
      name: ['Phải dài từ 2 đến 255 ký tự', 'Phải là chuỗi ký tự'],
      shortName: ['Không đúng định dạng'],
    });
    expect(errors.general).toEqual(['Dữ liệu không hợp lệ.']);
  });

  it('maps a nested or indexed path to the nearest field the form knows, and keeps unknown ones general', () => {
    const errors = formErrorsOf(
      validation([
        { field: 'address.street', code: 'isString', message: 'address.street: phải là chuỗi ký tự' },
        { field: 'roles[1]', code: 'isIn', message: 'roles[1]: không hợp lệ' },
        { field: 'body', code: 'atLeastOneField', message: 'body: cần ít nhất một trường để thay đổi' },
      ]),
      ['address', 'roles'],
    );
    expect(errors.fields['address']).toEqual(['Phải là chuỗi ký tự']);
    expect(errors.fields['roles']).toEqual(['Không hợp lệ']);
    expect(errors.general).toEqual(['Dữ liệu không hợp lệ.', 'body: cần ít nhất một trường để thay đổi']);
  });

  it('places a domain error without details on the field its code names', () => {
    const taken = new ApiError(409, { code: 'MEMBERS.ORG_SHORT_NAME_TAKEN', message: 'Tên viết tắt đã được dùng trong cùng tổ chức cấp trên.' });
    const errors = formErrorsOf(taken, ['name', 'shortName'], { 'MEMBERS.ORG_SHORT_NAME_TAKEN': 'shortName' });
    expect(errors).toEqual({ fields: { shortName: ['Tên viết tắt đã được dùng trong cùng tổ chức cấp trên.'] }, general: [] });
  });

  it('shows any other error above the form', () => {
    const errors = formErrorsOf(new ApiError(503, { code: 'COMMON.SERVICE_UNAVAILABLE', message: 'Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.' }), ['name']);
    expect(errors).toEqual({ fields: {}, general: ['Dịch vụ tạm thời không sẵn sàng; hãy thử lại sau.'] });
  });

  it('gives antd field paths as arrays', () => {
    expect(antdFieldsOf({ fields: { 'address.street': ['x'] }, general: [] })).toEqual([{ name: ['address', 'street'], errors: ['x'] }]);
  });
});
