import type { Logger } from '@lienthong/platform';
import type { GatewayUserRepository } from '../gateway-user.repository';
import { generatePassword, type PasswordHasher } from '../password-hasher';
import { SYSTEM_ADMIN_ROLE } from '../../roles/built-in-roles';
import { BOOTSTRAP_ADMIN_USERNAME } from '../permissions';

export interface EnsureAdminResult {
  created: boolean;
  /** Only when this boot created the account with a password it made up: shown once, never logged. */
  generatedPassword?: string;
}

/**
 * First boot: create `admin` so that someone can sign in. With no configured password a
 * strong one is generated, handed back once, and must be changed before anything else.
 * Safe when several replicas boot at once: only the one whose insert lands reports it.
 */
export class EnsureAdminUserUseCase {
  constructor(
    private readonly users: GatewayUserRepository,
    private readonly hasher: PasswordHasher,
    private readonly logger: Logger,
  ) {}

  async execute(configuredPassword: string | undefined): Promise<EnsureAdminResult> {
    if (await this.users.findByUsername(BOOTSTRAP_ADMIN_USERNAME)) return { created: false };
    const password = configuredPassword ?? generatePassword();
    const id = await this.users.insertIfAbsent({
      username: BOOTSTRAP_ADMIN_USERNAME,
      fullName: 'Quản trị hệ thống',
      passwordHash: await this.hasher.hash(password),
      mustChangePassword: configuredPassword === undefined,
    });
    if (!id) return { created: false };
    await this.users.assignRole(id, SYSTEM_ADMIN_ROLE, null);
    this.logger.info('Administrator account created', { username: BOOTSTRAP_ADMIN_USERNAME, generated: !configuredPassword });
    return { created: true, ...(configuredPassword === undefined ? { generatedPassword: password } : {}) };
  }
}
