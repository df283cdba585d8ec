import type { LifecycleDecisionInput, OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { Client } from 'pg';
import { createMembersApp } from '../../app';
import { MembersTestClient } from '../../members/testing/members-test-client';
import { OrgFactory } from '../../testing/org-factory';
import { OrgsTestClient } from '../../testing/orgs-test-client';
import { LifecycleTestClient } from './lifecycle-test-client';

/** What a spec hands the kit (built with @lienthong/testing, which service code may not import). */
export interface KitEnvironment {
  db: { url: string; drop(): Promise<void> };
  transport: RpcTransport;
  runtime: Parameters<typeof createMembersApp>[1];
  system: () => CallContext;
  officer: (scopeOrgId: string) => CallContext;
}

export const decision = (date: string, number = '12-QĐ/ĐU'): LifecycleDecisionInput => ({ number, date, issuer: 'Đảng ủy Bộ Tư pháp' });

/** Rejections as data: the code and `field:code` of each detail. */
export const refusal = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: { code?: string; details?: { field: string; code: string; message: string }[] }) => ({
      code: e.code,
      fields: (e.details ?? []).map((d) => `${d.field}:${d.code}`),
      messages: (e.details ?? []).map((d) => d.message),
    }),
  );

/** A members service on its own database, a đảng bộ with two chi bộ, and the clients. */
export class LifecycleSpecKit {
  db!: KitEnvironment['db'];
  transport!: RpcTransport;
  app!: RunningService;
  pg!: Client;
  members!: MembersTestClient;
  lifecycle!: LifecycleTestClient;
  root!: OrgDto;
  chiBo!: OrgDto;
  otherChiBo!: OrgDto;

  async start(env: () => Promise<KitEnvironment>): Promise<void> {
    const { db, transport, runtime, system, officer } = await env();
    this.db = db;
    this.transport = transport;
    this.app = await createMembersApp({ databaseUrl: db.url }, runtime);
    this.members = new MembersTestClient(transport, system);
    this.lifecycle = new LifecycleTestClient(transport, () => officer(this.chiBo.id));
    this.pg = new Client({ connectionString: this.db.url });
    await this.pg.connect();
    const make = new OrgFactory(new OrgsTestClient(this.transport, system));
    this.root = await make.root();
    this.chiBo = await make.chiBo(await make.coSo(this.root), 'Chi bộ Vụ Tổng hợp');
    this.otherChiBo = await make.chiBo(await make.coSo(this.root, 'Đảng bộ Báo Nhân Dân'), 'Chi bộ Phòng Biên tập');
  }

  async stop(): Promise<void> {
    await this.pg?.end();
    await this.app?.close();
    await this.transport?.close();
    await this.db?.drop();
  }

  async outboxTypes(memberId: string): Promise<string[]> {
    const rows = await this.pg.query<{ type: string }>(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [memberId]);
    return rows.rows.map((r) => r.type);
  }

  async historyKinds(memberId: string): Promise<string[]> {
    const rows = await this.pg.query<{ kind: string }>(`SELECT kind FROM member_lifecycle_event WHERE member_id = $1 ORDER BY id`, [memberId]);
    return rows.rows.map((r) => r.kind);
  }
}
