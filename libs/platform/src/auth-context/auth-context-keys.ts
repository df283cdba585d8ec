import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** A key id: letters, digits, `.`, `_`, `-` (e.g. `ctx-2026-11`). */
export const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

/** The private key that signs auth contexts, with the key id written into every token. */
export interface AuthContextSigningKey {
  kid: string;
  key: KeyObject;
}

/** Public keys by key id: the current one and, during a rotation, the previous one. */
export type AuthContextPublicKeys = ReadonlyMap<string, KeyObject>;

/** A key setting that cannot be used. The message names the key id, never key material. */
export class AuthContextKeyError extends Error {
  override name = 'AuthContextKeyError';
}

/**
 * `<kid>=<key>`: the Ed25519 private key as PKCS#8, PEM (`\n` may be written literally, as in an
 * env file) or base64 DER (`openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`).
 */
export function parseSigningKey(setting: string): AuthContextSigningKey {
  const { kid, material } = splitEntry(setting);
  let key: KeyObject;
  try {
    key = isPem(material) ? createPrivateKey(pem(material)) : createPrivateKey({ key: der(material), format: 'der', type: 'pkcs8' });
  } catch {
    throw new AuthContextKeyError(`key "${kid}" is not a private key (PKCS#8, PEM or base64 DER)`);
  }
  assertEd25519(kid, key);
  return { kid, key };
}

/** `<kid>=<key>[,<kid>=<key>…]`: Ed25519 public keys as SPKI, PEM or base64 DER. */
export function parsePublicKeys(setting: string): AuthContextPublicKeys {
  const keys = new Map<string, KeyObject>();
  const entries = setting.split(',').filter((e) => e.trim() !== '');
  if (entries.length === 0) throw new AuthContextKeyError('no public key given (expected <kid>=<key>[,<kid>=<key>…])');
  for (const entry of entries) {
    const { kid, material } = splitEntry(entry);
    if (keys.has(kid)) throw new AuthContextKeyError(`key id "${kid}" is listed twice`);
    // createPublicKey would quietly derive a public key from a private one: refuse private key material here.
    if (/PRIVATE KEY/.test(material)) throw new AuthContextKeyError(`key "${kid}" is a private key: list public keys only`);
    let key: KeyObject;
    try {
      key = isPem(material) ? createPublicKey(pem(material)) : createPublicKey({ key: der(material), format: 'der', type: 'spki' });
    } catch {
      throw new AuthContextKeyError(`key "${kid}" is not a public key (SPKI, PEM or base64 DER)`);
    }
    assertEd25519(kid, key);
    keys.set(kid, key);
  }
  return keys;
}

/** The signer's own public key must be among the verifiers' keys, or its tokens would be refused everywhere. */
export function assertSigningKeyListed(signing: AuthContextSigningKey, publicKeys: AuthContextPublicKeys): void {
  const listed = publicKeys.get(signing.kid);
  if (!listed) throw new AuthContextKeyError(`the signing key "${signing.kid}" is not among the public keys`);
  const own = createPublicKey(signing.key).export({ format: 'der', type: 'spki' });
  if (!own.equals(listed.export({ format: 'der', type: 'spki' }))) {
    throw new AuthContextKeyError(`the public key listed as "${signing.kid}" does not match the signing key`);
  }
}

/** A new key pair as settings (`<kid>=<base64 DER>`): the standalone launcher, `start:services` and tests. */
export function generateAuthContextKeyPair(kid: string): { privateKey: string; publicKey: string } {
  if (!KEY_ID_PATTERN.test(kid)) throw new AuthContextKeyError(`bad key id "${kid}"`);
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: `${kid}=${privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64')}`,
    publicKey: `${kid}=${publicKey.export({ format: 'der', type: 'spki' }).toString('base64')}`,
  };
}

function splitEntry(entry: string): { kid: string; material: string } {
  const at = entry.indexOf('=');
  const kid = at < 0 ? '' : entry.slice(0, at).trim();
  if (!KEY_ID_PATTERN.test(kid)) {
    throw new AuthContextKeyError('each key must be written <kid>=<key>, the key id made of letters, digits, ".", "_" or "-" (at most 64)');
  }
  const material = entry.slice(at + 1).trim();
  if (!material) throw new AuthContextKeyError(`key "${kid}" is empty`);
  return { kid, material };
}

function assertEd25519(kid: string, key: KeyObject): void {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new AuthContextKeyError(`key "${kid}" must be an Ed25519 key, not ${key.asymmetricKeyType ?? 'unknown'}`);
  }
}

const isPem = (material: string) => material.includes('-----BEGIN');
const pem = (material: string) => material.replace(/\\n/g, '\n');

function der(material: string): Buffer {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(material)) throw new Error('not base64');
  return Buffer.from(material, 'base64');
}
