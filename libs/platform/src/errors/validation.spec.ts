import { CreateOrgRequest } from '@lienthong/contracts';
import { DomainError } from './domain-error';
import { ERROR_MESSAGES } from './error-messages';
import { validatePayload } from './validation';

describe('validatePayload', () => {
  const valid = { parentId: null, name: ' Chi bộ Vụ Tổng hợp ', shortName: 'CB', kind: 'chi-bo-truc-thuoc', validFrom: '2025-07-01' };

  it('returns a typed instance with strings trimmed and NFC-normalised', () => {
    const nfd = { ...valid, name: 'Chi bo\u0302\u0323 Vu\u0323' };
    expect(validatePayload(CreateOrgRequest, valid).name).toBe('Chi bộ Vụ Tổng hợp');
    expect(validatePayload(CreateOrgRequest, nfd).name).toBe('Chi bộ Vụ');
  });

  it('lists every bad field in Vietnamese, including unknown ones', () => {
    const error = (() => {
      try {
        validatePayload(CreateOrgRequest, { ...valid, parentId: 'nope', validFrom: '2025-02-30', ownerOrgId: 'x' }, 'vi');
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a validation error');
    })();
    expect(error.code).toBe('COMMON.VALIDATION_FAILED');
    expect(error.details).toEqual(
      expect.arrayContaining([
        { field: 'parentId', code: 'isUuid', message: 'parentId: phải là mã định danh UUID' },
        { field: 'validFrom', code: 'isPartyDate', message: 'validFrom: phải là ngày hợp lệ dạng YYYY-MM-DD' },
        { field: 'ownerOrgId', code: 'whitelistValidation', message: 'ownerOrgId: không được phép gửi trường này' },
      ]),
    );
  });

  it('says a field that was not sent is required, once, instead of complaining about its type and length', () => {
    const { name: _name, shortName: _shortName, ...withoutNames } = valid;
    const error = (() => {
      try {
        validatePayload(CreateOrgRequest, { ...withoutNames, shortName: 42 }, 'vi');
      } catch (e) {
        return e as DomainError;
      }
      throw new Error('expected a validation error');
    })();
    expect(error.details).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'isDefined', message: 'name: là bắt buộc' },
        expect.objectContaining({ field: 'shortName', code: 'isString' }),
      ]),
    );
    expect(error.details?.filter((d) => d.field === 'name')).toHaveLength(1);
  });

  it.each([null, [], 'text', 42])('refuses a body that is not an object: %j', (body) => {
    expect(() => validatePayload(CreateOrgRequest, body)).toThrow(DomainError);
  });

  it('has a Vietnamese and an English message for every error code', () => {
    for (const messages of Object.values(ERROR_MESSAGES)) {
      expect(messages.vi.length).toBeGreaterThan(0);
      expect(messages.en.length).toBeGreaterThan(0);
    }
  });
});
