import { DATA_SOURCE } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, Repository } from 'typeorm';
import { DocumentRegisterEntity } from './document-register.entity';

@Injectable()
export class DocumentRegisterRepository {
  private readonly rows: Repository<DocumentRegisterEntity>;

  constructor(@Inject(DATA_SOURCE) dataSource: DataSource) {
    this.rows = dataSource.getRepository(DocumentRegisterEntity);
  }

  /** Newest year first; the unique key (org_id, direction, year, name) serves the lookup. */
  listByOrg(orgId: string): Promise<DocumentRegisterEntity[]> {
    return this.rows.find({ where: { orgId }, order: { year: 'DESC', direction: 'ASC', name: 'ASC' } });
  }
}
