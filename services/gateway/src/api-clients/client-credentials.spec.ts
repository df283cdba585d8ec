import { RequestValidationError } from '../common/validation/request-validation.error';
import { clientCredentialsOf } from './client-credentials';

const basic = (raw: string) => `Basic ${Buffer.from(raw, 'utf8').toString('base64')}`;
const grant = { grant_type: 'client_credentials' };

describe('client credentials from the request (RFC 6749 §2.3.1)', () => {
  it('reads HTTP Basic, form-decoding id and secret', () => {
    expect(clientCredentialsOf(basic('ltc_abc:lts_x%3Ay+z'), grant)).toEqual({ clientId: 'ltc_abc', secret: 'lts_x:y z' });
    expect(clientCredentialsOf(`  basic   ${Buffer.from('a:b').toString('base64')} `, grant)).toEqual({ clientId: 'a', secret: 'b' });
  });

  it('reads the body (client_secret_post)', () => {
    expect(clientCredentialsOf(undefined, { ...grant, client_id: 'ltc_abc', client_secret: 'lts_s' })).toEqual({ clientId: 'ltc_abc', secret: 'lts_s' });
  });

  it('refuses both methods at once', () => {
    expect(() => clientCredentialsOf(basic('a:b'), { ...grant, client_id: 'a' })).toThrow(RequestValidationError);
  });

  it('finds none in incomplete or malformed credentials (answered like a wrong secret)', () => {
    expect(clientCredentialsOf(undefined, grant)).toBeUndefined();
    expect(clientCredentialsOf(undefined, { ...grant, client_id: 'ltc_abc' })).toBeUndefined();
    expect(clientCredentialsOf(basic('no-colon'), grant)).toBeUndefined();
    expect(clientCredentialsOf(basic(':secret-only'), grant)).toBeUndefined();
    expect(clientCredentialsOf(basic('a:%E0%A4%A'), grant)).toBeUndefined();
    // Not Basic at all (a bearer token sent to the token route): no credentials from it.
    expect(clientCredentialsOf('Bearer abc', grant)).toBeUndefined();
  });
});
