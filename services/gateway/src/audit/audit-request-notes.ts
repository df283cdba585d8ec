import type { Request } from 'express';
import type { Principal } from '../auth/principal';

/** What the interceptor and the response hook learn about a request while it runs. */
export interface AuditRequestNotes {
  resultId?: string;
  resultOwnerOrgId?: string;
  params?: Record<string, string>;
  /** Login: the user the issued token names (there is no principal on a public route). */
  signedIn?: Principal;
  errorCode?: string;
  /**
   * A read whose audited action and target the handler learns as it runs: a background export's file
   * is audited as the direct download of the same list (`members.list.export` on the org), not as a
   * read of the export.
   */
  readAs?: { action: string; targetType: string; targetId: string; details?: Record<string, unknown> };
}

const notes = new WeakMap<Request, AuditRequestNotes>();

export function auditNotes(req: Request): AuditRequestNotes {
  let found = notes.get(req);
  if (!found) {
    found = {};
    notes.set(req, found);
  }
  return found;
}
