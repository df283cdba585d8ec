import type { SearchTransferDestinationsRequest, TransferDestinationDto } from '@lienthong/contracts';
import { foldVietnamese, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { MemberTransferRepository } from '../member-transfer.repository';
import { invalidTransfer } from '../member-transfer.exceptions';
import { fieldDetail } from '../transfer-deadlines';

const LIMIT = 20;

/**
 * Open organisations of the whole tree whose folded name or short name holds every word typed. Not
 * limited to the caller's scope on purpose: a letter goes to an organisation outside the sender's
 * subtree (294-QĐ/TW 6.3.1). Names only — the receiving side's members stay out of reach.
 */
@Injectable()
export class SearchTransferDestinationsUseCase {
  constructor(@Inject(MemberTransferRepository) private readonly transfers: MemberTransferRepository) {}

  async execute(request: SearchTransferDestinationsRequest, context: HandlerContext): Promise<TransferDestinationDto[]> {
    const words = foldVietnamese(request.q).split(' ').filter(Boolean);
    if (words.length === 0) throw invalidTransfer(context.language, [fieldDetail(context.language)('q', 'isNotEmpty', 'không được để trống', 'must not be empty')]);
    const rows: { id: string; name: string; short_name: string; kind: string; parent_name: string | null }[] = await this.transfers.manager.query(
      `SELECT o.id, o.name, o.short_name, o.kind, p.name AS parent_name
         FROM org o LEFT JOIN org p ON p.id = o.parent_id
        WHERE o.status = 'active'
          AND (SELECT bool_and(o.name_folded LIKE '%' || w || '%' OR o.short_name_folded LIKE '%' || w || '%') FROM unnest($1::text[]) AS w)
        ORDER BY o.name_folded, o.id
        LIMIT ${LIMIT}`,
      [words],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, shortName: r.short_name, kind: r.kind, parentName: r.parent_name }));
  }
}
