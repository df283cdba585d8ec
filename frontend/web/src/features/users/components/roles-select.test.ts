import { describe, expect, it } from 'vitest';
import type { Role } from '../../roles/api/roles-api';
import { canGrant, grantedPermissions } from './roles-select';

const role = (code: string, permissions: string[]): Role => ({ code, permissions, builtIn: true, clearance: 0, nameVi: code, nameEn: code });
const finance = role('finance', ['finance:read', 'finance:write', 'members:read']);
const organization = role('organization', ['members:read', 'members:write', 'orgs:write']);

describe('roles an administrator may give', () => {
  it('only those whose every permission the administrator holds (the gateway refuses the rest with 403)', () => {
    expect(canGrant(finance, ['finance:read', 'finance:write', 'members:read', 'admin:users'])).toBe(true);
    expect(canGrant(finance, ['finance:read', 'members:read', 'admin:users'])).toBe(false);
    expect(canGrant(role('empty', []), [])).toBe(true);
  });

  it('sums up what the chosen roles grant together, each permission once', () => {
    expect(grantedPermissions(['finance', 'organization'], [finance, organization]).sort()).toEqual([
      'finance:read',
      'finance:write',
      'members:read',
      'members:write',
      'orgs:write',
    ]);
    expect(grantedPermissions([], [finance])).toEqual([]);
    expect(grantedPermissions(['gone'], [finance])).toEqual([]);
  });
});
