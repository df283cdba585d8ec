import { generateKeyPairSync } from 'node:crypto';
import {
  assertSigningKeyListed,
  AuthContextKeyError,
  generateAuthContextKeyPair,
  parsePublicKeys,
  parseSigningKey,
} from './auth-context-keys';
import { Ed25519AuthContextSigner, Ed25519AuthContextVerifier } from './ed25519-auth-context';
import { systemClaims } from './system-actor';

const pem = (kind: 'private' | 'public', type: 'ed25519' | 'rsa' | 'ec' = 'ed25519'): string => {
  const pair =
    type === 'rsa'
      ? generateKeyPairSync('rsa', { modulusLength: 1024 })
      : type === 'ec'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('ed25519');
  return kind === 'private'
    ? (pair.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string)
    : (pair.publicKey.export({ format: 'pem', type: 'spki' }) as string);
};
const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthContextKeyError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('auth context key settings', () => {
  it('generated settings (base64 DER) sign and verify, and the pair matches', () => {
    const pair = generateAuthContextKeyPair('ctx-1');
    const signing = parseSigningKey(pair.privateKey);
    const publicKeys = parsePublicKeys(pair.publicKey);
    expect(signing.kid).toBe('ctx-1');
    expect(() => assertSigningKeyListed(signing, publicKeys)).not.toThrow();
    const token = new Ed25519AuthContextSigner(signing).sign(systemClaims('gateway'));
    expect(new Ed25519AuthContextVerifier(publicKeys).verify(token).actor.id).toBe('system:gateway');
  });

  it('reads PEM, with real or escaped (\\n) newlines, and a list of several keys', () => {
    const privatePem = pem('private');
    expect(parseSigningKey(`a=${privatePem}`).kid).toBe('a');
    expect(parseSigningKey(`a=${privatePem.replace(/\n/g, '\\n')}`).key.asymmetricKeyType).toBe('ed25519');
    const keys = parsePublicKeys(` new=${pem('public')} , old=${generateAuthContextKeyPair('old').publicKey.slice(4)}`);
    expect([...keys.keys()]).toEqual(['new', 'old']);
  });

  it.each([
    ['an RSA key', () => `k=${pem('private', 'rsa')}`, /must be an Ed25519 key, not rsa/],
    ['an EC key', () => `k=${pem('private', 'ec')}`, /must be an Ed25519 key, not ec/],
    ['a public key', () => `k=${pem('public')}`, /not a private key/],
    ['garbage', () => 'k=bm90IGEga2V5', /not a private key/],
    ['no kid', () => pem('private'), /<kid>=<key>/],
    ['a bad kid', () => `kid with spaces=${pem('private')}`, /<kid>=<key>/],
    ['an empty key', () => 'k=', /empty/],
  ])('refuses as the private key %s', (_label, setting, expected) => {
    expect(message(() => parseSigningKey(setting()))).toMatch(expected);
  });

  it.each([
    ['nothing', () => ' , ', /no public key/],
    ['a private key (it must not be spread to every service)', () => `k=${pem('private')}`, /is a private key/],
    ['an RSA public key', () => `k=${pem('public', 'rsa')}`, /must be an Ed25519 key/],
    ['a private key as base64 DER', () => generateAuthContextKeyPair('k').privateKey, /not a public key/],
    ['a kid twice', () => `k=${pem('public')},k=${pem('public')}`, /listed twice/],
  ])('refuses as public keys %s', (_label, setting, expected) => {
    expect(message(() => parsePublicKeys(setting()))).toMatch(expected);
  });

  it('never echoes key material in a message', () => {
    const secret = generateAuthContextKeyPair('k').privateKey.slice(2);
    expect(message(() => parsePublicKeys(`k=${secret}`))).not.toContain(secret.slice(0, 20));
    expect(message(() => parseSigningKey(`k=${secret.slice(0, 40)}`))).not.toContain(secret.slice(0, 20));
  });

  it('a signer must be listed among the public keys, with its own public key', () => {
    const pair = generateAuthContextKeyPair('ctx-2');
    const other = generateAuthContextKeyPair('ctx-2');
    expect(message(() => assertSigningKeyListed(parseSigningKey(pair.privateKey), parsePublicKeys(generateAuthContextKeyPair('x').publicKey)))).toMatch(
      /not among the public keys/,
    );
    expect(message(() => assertSigningKeyListed(parseSigningKey(pair.privateKey), parsePublicKeys(other.publicKey)))).toMatch(/does not match/);
  });
});
