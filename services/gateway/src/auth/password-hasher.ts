import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** `Algorithm.Argon2id`: the enum is `const`, which isolated modules cannot read. */
const ARGON2ID = 2 as Algorithm;

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * argon2id hashing. `verifyOrWaste` spends the same work on a dummy hash when there is no
 * account, so that "no such user" and "wrong password" cannot be told apart by timing.
 */
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  async verifyOrWaste(passwordHash: string | undefined, password: string): Promise<boolean> {
    if (passwordHash) return this.verify(passwordHash, password);
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    await this.verify(await this.dummyHash, password);
    return false;
  }

  /** Computes the dummy hash before the first login needs it. */
  async warmUp(): Promise<void> {
    await this.verifyOrWaste(undefined, 'warm-up');
  }
}

/** A password for the first administrator: 144 random bits, URL-safe. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}
