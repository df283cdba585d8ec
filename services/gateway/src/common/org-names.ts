import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** Names of orgs from the gateway's replica of the tree: one indexed lookup for a whole page of rows. */
@Injectable()
export class OrgNames {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async of(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM org_replica WHERE id = ANY($1::uuid[])', [unique]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
