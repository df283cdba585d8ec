import { OPERATIONS } from '../generated/operations';
import { buildRequest } from './build-request';

describe('buildRequest', () => {
  it('fills path parameters (encoded), skips absent query values and repeats arrays', () => {
    const wire = buildRequest('https://lienthong.example.vn/', OPERATIONS.listOrgChildren, { id: 'a/b c', limit: 20, cursor: undefined, includeClosed: false });
    expect(wire).toEqual({
      url: 'https://lienthong.example.vn/api/v1/orgs/a%2Fb%20c/children?limit=20&includeClosed=false',
      method: 'GET',
      headers: { Accept: 'application/json' },
      body: undefined,
    });
  });

  it('sends the body as JSON and a version number in If-Match as a strong ETag', () => {
    const wire = buildRequest('', OPERATIONS.updateOrg, { id: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f', ifMatch: 3, body: { name: 'Chi bộ Văn phòng' } });
    expect(wire.url).toBe('/api/v1/orgs/0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f');
    expect(wire.headers).toEqual({ Accept: 'application/json', 'If-Match': '"3"', 'Content-Type': 'application/json' });
    expect(wire.body).toBe('{"name":"Chi bộ Văn phòng"}');
    expect(buildRequest('', OPERATIONS.updateOrg, { id: 'x', ifMatch: '"7"', body: {} }).headers['If-Match']).toBe('"7"');
  });

  it('refuses a call without its path parameter instead of requesting a wrong URL', () => {
    expect(() => buildRequest('', OPERATIONS.getOrg, {})).toThrow('getOrg: path parameter "id" is required');
    expect(() => buildRequest('', OPERATIONS.getOrg, { id: '' })).toThrow('getOrg: path parameter "id" is empty');
  });
});
