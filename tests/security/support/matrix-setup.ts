import { scaledMs } from '@lienthong/testing';
import { Client } from 'pg';
import type { E2eSystem } from '../../e2e/support/e2e-system';
import { bearer } from '../../e2e/support/e2e-system';
import type { MatrixFixtures } from './operation-strategies';

export const MATRIX_PASSWORD = 'Ma-trận-bảo-mật-2026!';
const ORG_EXTERNAL_ID_IN_A = 'MATRAN-A2';
const MEMBER_EXTERNAL_ID_IN_A = 'MATRAN-DV-A1';

/** A role holding every permission the document names (the sibling officer must be refused by scope, not by permission). */
export const ALL_PERMISSIONS_ROLE = 'matrix-all-permissions';

export interface MatrixActors {
  fixtures: MatrixFixtures;
  /** Holds every permission, homed in the sibling subtree B. */
  siblingOfficer: string;
  /** Homed in A, with no role at all: every permission is missing. */
  noPermissions: string;
}

/**
 * Builds the tree R → {A → A1, B} through the API, an account homed in A, the two callers of the
 * matrix, and waits until the gateway's org replica knows the tree (its scope checks read it).
 */
export async function setUpMatrix(e2e: E2eSystem, permissions: string[]): Promise<MatrixActors> {
  const admin = bearer(e2e.token);
  const org = async (parentId: string | null, name: string, shortName: string, kind: string, extra: Record<string, string> = {}) => {
    const res = await e2e.http().post('/api/v1/orgs').set(admin).send({ parentId, name, shortName, kind, validFrom: '2025-02-03', ...extra }).expect(201);
    return (res.body as { id: string }).id;
  };
  const rootId = await org(null, 'Đảng bộ Khối Thử nghiệm', 'ĐBKTN', 'dang-bo-truc-thuoc-tw');
  const aId = await org(rootId, 'Đảng bộ Sở A', 'SA', 'dang-bo-co-so');
  const a1Id = await org(aId, 'Chi bộ Phòng A1', 'PA1', 'chi-bo-truc-thuoc');
  const bId = await org(rootId, 'Đảng bộ Sở B', 'SB', 'dang-bo-co-so');
  await org(aId, 'Chi bộ Phòng A2', 'PA2', 'chi-bo-truc-thuoc', { externalId: ORG_EXTERNAL_ID_IN_A });
  const client = await e2e.http().post('/api/v1/api-clients').set(admin).send({ name: 'Phần mềm của Sở A', orgId: aId, permissions: ['members:read'] }).expect(201);
  const apiClientInAId = (client.body as { client: { id: string } }).client.id;

  const db = new Client({ connectionString: e2e.system.databases.gateway });
  await db.connect();
  try {
    await db.query(`INSERT INTO role (code, name_vi, name_en, clearance, built_in) VALUES ($1, 'Mọi quyền (thử)', 'Every permission (test)', 3, false)`, [ALL_PERMISSIONS_ROLE]);
    await db.query(`INSERT INTO role_permission (role_code, permission) SELECT $1, unnest($2::text[])`, [ALL_PERMISSIONS_ROLE, permissions]);
    await waitForReplica(db, [rootId, aId, a1Id, bId]);
  } finally {
    await db.end();
  }

  const user = async (username: string, roles: string[], homeOrgId: string) => {
    const res = await e2e.http().post('/api/v1/users').set(admin).send({ username, fullName: 'Cán bộ Ma trận', homeOrgId, roles, password: MATRIX_PASSWORD }).expect(201);
    return (res.body as { user: { id: string } }).user.id;
  };
  const login = async (username: string) => {
    const res = await e2e.http().post('/api/v1/auth/login').send({ username, password: MATRIX_PASSWORD }).expect(200);
    return (res.body as { accessToken: string }).accessToken;
  };
  const userInAId = await user('matran.a', ['member'], aId);
  const { memberInAId, termInAId } = await memberAndTermInA(e2e, a1Id, aId);
  const correctionInAId = await correctionAbout(e2e, memberInAId, a1Id);
  const memberImportInAId = await memberImportIn(e2e, a1Id);
  const memberExportInAId = await memberExportIn(e2e, aId);
  await user('matran.b', [ALL_PERMISSIONS_ROLE], bId);
  await user('matran.khongquyen', [], aId);
  return {
    fixtures: { rootId, aId, a1Id, userInAId, apiClientInAId, orgExternalIdInA: ORG_EXTERNAL_ID_IN_A, memberInAId, memberExternalIdInA: MEMBER_EXTERNAL_ID_IN_A, termInAId, correctionInAId, memberImportInAId, memberExportInAId, bId },
    siblingOfficer: await login('matran.b'),
    noPermissions: await login('matran.khongquyen'),
  };
}

/** A party member on A1's roll (with the administrator's externalId) and an open term of A, made by the system administrator through the API. */
async function memberAndTermInA(e2e: E2eSystem, a1Id: string, aId: string): Promise<{ memberInAId: string; termInAId: string }> {
  const admin = bearer(e2e.token);
  const member = await e2e
    .http()
    .post('/api/v1/members')
    .set(admin)
    .send({
      orgId: a1Id,
      externalId: MEMBER_EXTERNAL_ID_IN_A,
      fullName: 'Nguyễn Thị Ma Trận',
      sex: 'female',
      dateOfBirth: '1986-04-12',
      citizenId: '001086012345',
      status: 'official',
      periods: [{ admissionDecisionDate: '2010-05-15', ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01' }],
      cards: [{ cardNumber: '10860123', issuedOn: '2012-03-03' }],
    })
    .expect(201);
  const term = await e2e.http().post(`/api/v1/orgs/${aId}/terms`).set(admin).send({ number: 1, label: 'Nhiệm kỳ 2025–2030', startDate: '2025-10-01' }).expect(201);
  return { memberInAId: (member.body as { id: string }).id, termInAId: (term.body as { id: string }).id };
}

/** An open correction request about that member, as the member's own account would file it (written straight to the members database: the matrix has no linked account). */
async function correctionAbout(e2e: E2eSystem, memberId: string, orgId: string): Promise<string> {
  const db = new Client({ connectionString: e2e.system.databases.members });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO member_correction_request (id, member_id, org_id, items, status, requested_by)
       VALUES (gen_random_uuid(), $1, $2, '[{"field":"homeTown","proposedValue":"Nghệ An"}]', 'open', '{"type":"user","id":"00000000-0000-7000-8000-000000000000","name":"Nguyễn Thị Ma Trận"}')
       RETURNING id`,
      [memberId, orgId],
    );
    return rows[0].id;
  } finally {
    await db.end();
  }
}

/** A member import of A1, read and waiting for its commit (written straight to the members database: the matrix has no blob store). */
async function memberImportIn(e2e: E2eSystem, orgId: string): Promise<string> {
  const db = new Client({ connectionString: e2e.system.databases.members });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO member_import (id, org_id, org_path, file_name, blob_key, blob_size, language, status, requested_by)
       SELECT gen_random_uuid(), o.id, o.path, 'danh-sach-ma-tran.xlsx', 'member-imports/00000000-0000-7000-8000-000000000001.xlsx', 1, 'vi', 'parsed',
              '{"type":"user","id":"00000000-0000-7000-8000-000000000000","name":"Quản trị hệ thống"}'
         FROM org o WHERE o.id = $1
       RETURNING id`,
      [orgId],
    );
    return rows[0].id;
  } finally {
    await db.end();
  }
}

/** A background export of A's member list, queued, as the system administrator asked for it (its run is never queued: it stays so). */
async function memberExportIn(e2e: E2eSystem, orgId: string): Promise<string> {
  const db = new Client({ connectionString: e2e.system.databases.members });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO member_export (id, kind, org_id, org_path, requested_by, language)
       SELECT gen_random_uuid(), 'member-list', o.id, o.path, '{"type":"user","id":"00000000-0000-7000-8000-000000000000","name":"Quản trị hệ thống"}', 'vi'
         FROM org o WHERE o.id = $1
       RETURNING id`,
      [orgId],
    );
    return rows[0].id;
  } finally {
    await db.end();
  }
}

async function waitForReplica(db: Client, ids: string[]): Promise<void> {
  const deadline = Date.now() + scaledMs(120_000); // a ceiling: the replica has it within a second on a quiet machine
  while (Date.now() < deadline) {
    const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM org_replica WHERE id = ANY($1::uuid[])', [ids]);
    if (rows[0]?.n === ids.length) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the gateway org replica did not receive the matrix tree within ${scaledMs(120_000)} ms`);
}
