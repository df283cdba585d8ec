import jwt from 'jsonwebtoken';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';

/** The gateway's access-token format (services/gateway/src/auth/access-tokens.ts), as a caller would forge it. */
export interface AccessClaims {
  sub: string;
  usr: string;
  name: string;
  roles: string[];
  perms: string[];
  scope: string | null;
  clr: number;
}

const ISSUER = 'lienthong-gateway';
const AUDIENCE = 'lienthong-api';

export function signAccessToken(claims: AccessClaims, secret: string, options: jwt.SignOptions = {}): string {
  return jwt.sign(claims, secret, { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE, expiresIn: 600, jwtid: randomUUID(), ...options });
}

export interface BadCredential {
  name: string;
  /** The whole `Authorization` header; undefined = none sent. */
  authorization: string | undefined;
  /** The error code expected in the 401 envelope. */
  code: 'COMMON.UNAUTHENTICATED' | 'AUTH.TOKEN_INVALID';
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Every kind of credential the gateway must refuse with 401, built around `claims` of a real,
 * active administrator (so that only the named defect can be the reason for the refusal; the
 * spec checks that the same claims, correctly signed, are accepted).
 */
export function badCredentials(claims: AccessClaims, secret: string): BadCredential[] {
  const now = Math.floor(Date.now() / 1000);
  const valid = signAccessToken(claims, secret);
  const [header, , signature] = valid.split('.');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { privateKey: ecKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const bearer = (token: string) => `Bearer ${token}`;
  return [
    { name: 'no token', authorization: undefined, code: 'COMMON.UNAUTHENTICATED' },
    { name: 'expired', authorization: bearer(jwt.sign({ ...claims, iat: now - 3600, exp: now - 600 }, secret, { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'not yet valid', authorization: bearer(signAccessToken(claims, secret, { notBefore: 3600 })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'forged (another secret)', authorization: bearer(signAccessToken(claims, randomBytes(32).toString('base64url'))), code: 'AUTH.TOKEN_INVALID' },
    { name: 'alg none', authorization: bearer(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 600 })}.`), code: 'AUTH.TOKEN_INVALID' },
    { name: 'wrong key type (RS256)', authorization: bearer(jwt.sign(claims, privateKey, { algorithm: 'RS256', issuer: ISSUER, audience: AUDIENCE, expiresIn: 600 })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'wrong key type (ES256)', authorization: bearer(jwt.sign(claims, ecKey, { algorithm: 'ES256', issuer: ISSUER, audience: AUDIENCE, expiresIn: 600 })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'HS512 with the right secret', authorization: bearer(signAccessToken(claims, secret, { algorithm: 'HS512' })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'another audience', authorization: bearer(signAccessToken(claims, secret, { audience: 'other-api' })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'another issuer', authorization: bearer(signAccessToken(claims, secret, { issuer: 'someone-else' })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'tampered payload', authorization: bearer(`${header}.${b64({ ...claims, sub: randomUUID(), iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 600 })}.${signature}`), code: 'AUTH.TOKEN_INVALID' },
    { name: 'unknown account', authorization: bearer(signAccessToken({ ...claims, sub: randomUUID() }, secret)), code: 'AUTH.TOKEN_INVALID' },
    { name: 'claims of another shape', authorization: bearer(jwt.sign({ sub: claims.sub }, secret, { algorithm: 'HS256', issuer: ISSUER, audience: AUDIENCE, expiresIn: 600 })), code: 'AUTH.TOKEN_INVALID' },
    { name: 'malformed (not a JWT)', authorization: 'Bearer not-a-jwt', code: 'AUTH.TOKEN_INVALID' },
    { name: 'malformed (three garbage parts)', authorization: 'Bearer a.b.c', code: 'AUTH.TOKEN_INVALID' },
    { name: 'malformed (characters outside base64url)', authorization: `Bearer ${valid}"<script>`, code: 'AUTH.TOKEN_INVALID' },
    { name: 'another scheme (Basic)', authorization: `Basic ${Buffer.from('admin:x').toString('base64')}`, code: 'AUTH.TOKEN_INVALID' },
    { name: 'empty bearer', authorization: 'Bearer ', code: 'AUTH.TOKEN_INVALID' },
  ];
}
