import { RequestValidationError } from '../common/validation/request-validation.error';
import type { ClientTokenRequestDto } from './dto/client-token-request.dto';

export interface ClientCredentials {
  clientId: string;
  secret: string;
}

/**
 * The client's credentials from `Authorization: Basic` (client_secret_basic: id and secret
 * form-urlencoded, then base64, RFC 6749 §2.3.1) or from the body (client_secret_post); using
 * both is refused (§2.3). `undefined` when neither is complete: the same 401 as a wrong secret.
 */
export function clientCredentialsOf(authorization: string | undefined, body: ClientTokenRequestDto): ClientCredentials | undefined {
  const basic = authorization === undefined ? undefined : /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization.trim());
  const inBody = body.client_id !== undefined || body.client_secret !== undefined;
  if (basic && inBody) throw RequestValidationError.field('client_secret', 'oneClientAuthMethod');
  if (basic?.[1]) return fromBasic(basic[1]);
  if (body.client_id && body.client_secret) return { clientId: body.client_id, secret: body.client_secret };
  return undefined;
}

function fromBasic(encoded: string): ClientCredentials | undefined {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  try {
    return { clientId: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}
