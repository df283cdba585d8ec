import type { CreateOrgRequest, OrgDto, OrgKind } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import type { OrgsTestClient } from './orgs-test-client';

let counter = 0;

/** Makes each spec's own orgs, with unique short names, over the transport. */
export class OrgFactory {
  constructor(private readonly client: OrgsTestClient) {}

  /** A đảng bộ trực thuộc TW at the root: every spec starts its own tree. */
  root(name = 'Đảng bộ các cơ quan Đảng Trung ương', overrides: Partial<CreateOrgRequest> = {}): Promise<OrgDto> {
    return this.create(null, 'dang-bo-truc-thuoc-tw', name, { validFrom: '2025-01-24', ...overrides });
  }

  coSo(parent: OrgDto, name = 'Đảng bộ Văn phòng Trung ương Đảng', overrides: Partial<CreateOrgRequest> = {}): Promise<OrgDto> {
    return this.create(parent.id, 'dang-bo-co-so', name, overrides);
  }

  chiBo(parent: OrgDto, name = 'Chi bộ Vụ Tổng hợp', overrides: Partial<CreateOrgRequest> = {}): Promise<OrgDto> {
    return this.create(parent.id, 'chi-bo-truc-thuoc', name, overrides);
  }

  create(
    parentId: string | null,
    kind: OrgKind,
    name: string,
    overrides: Partial<CreateOrgRequest> = {},
    context?: CallContext,
  ): Promise<OrgDto> {
    counter += 1;
    return this.client.create(
      { parentId, kind, name, shortName: `T${counter}`, validFrom: '2025-02-03', ...overrides },
      context,
    );
  }
}
