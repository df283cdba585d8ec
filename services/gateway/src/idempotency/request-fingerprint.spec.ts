import { canonicalJson, requestFingerprint } from './request-fingerprint';

describe('request fingerprint of an Idempotency-Key', () => {
  it('ignores key order and absent values, at any depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'đ' }, z: undefined })).toBe('{"a":{"c":"đ","d":[1,{"x":1,"y":2}]},"b":1}');
    expect(requestFingerprint('POST', '/api/v1/orgs', { name: 'Chi bộ', parentId: null })).toBe(
      requestFingerprint('post', '/api/v1/orgs', { parentId: null, name: 'Chi bộ' }),
    );
  });

  it('tells apart array order, values, method, path and query', () => {
    const base = requestFingerprint('POST', '/api/v1/orgs', { ids: [1, 2] });
    expect(requestFingerprint('POST', '/api/v1/orgs', { ids: [2, 1] })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/orgs', { ids: [1, 2], x: null })).not.toBe(base);
    expect(requestFingerprint('PUT', '/api/v1/orgs', { ids: [1, 2] })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/orgs?dryRun=true', { ids: [1, 2] })).not.toBe(base);
    expect(requestFingerprint('POST', '/api/v1/orgs', undefined)).toBe(requestFingerprint('POST', '/api/v1/orgs', null));
  });
});
