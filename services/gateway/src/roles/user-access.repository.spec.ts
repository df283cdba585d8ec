import type { DataSource } from 'typeorm';
import { ACCESS_CACHE_TTL_MS, UserAccessRepository } from './user-access.repository';

/** The guard's reuse of an account read: bounded in time, and forgotten by any write. */
describe('UserAccessRepository.loadForRequest', () => {
  const row = (isActive: boolean) => ({
    id: 'u1',
    username: 'tochuc',
    full_name: 'Cán bộ tổ chức',
    is_active: isActive,
    must_change_password: false,
    home_org_id: 'o1',
    roles: ['organization'],
    permissions: ['members:read'],
    clearance: 1,
    whole_tree: false,
    scope_org_id: 'o1',
  });

  function repositoryWith(rows: () => unknown[]): { repo: UserAccessRepository; queries: () => number } {
    let count = 0;
    const dataSource = {
      query: () => {
        count += 1;
        return Promise.resolve(rows());
      },
    } as unknown as DataSource;
    return { repo: new UserAccessRepository(dataSource), queries: () => count };
  }

  it('reads once within the time-to-live, then again', async () => {
    const { repo, queries } = repositoryWith(() => [row(true)]);
    await repo.loadForRequest('u1', 1_000);
    await repo.loadForRequest('u1', 1_000 + ACCESS_CACHE_TTL_MS - 1);
    expect(queries()).toBe(1);
    await repo.loadForRequest('u1', 1_000 + ACCESS_CACHE_TTL_MS);
    expect(queries()).toBe(2);
  });

  it('reads again at once after forget (a deactivation made through this gateway)', async () => {
    let active = true;
    const { repo } = repositoryWith(() => [row(active)]);
    expect((await repo.loadForRequest('u1', 1_000))?.isActive).toBe(true);
    active = false;
    repo.forget('u1');
    expect((await repo.loadForRequest('u1', 1_001))?.isActive).toBe(false);
  });

  it('remembers an unknown account too, for the same short time', async () => {
    const { repo, queries } = repositoryWith(() => []);
    expect(await repo.loadForRequest('nobody', 1_000)).toBeUndefined();
    expect(await repo.loadForRequest('nobody', 1_500)).toBeUndefined();
    expect(queries()).toBe(1);
  });
});
