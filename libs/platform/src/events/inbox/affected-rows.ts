/**
 * TypeORM's `query()` on PostgreSQL answers `[rows, rowCount]` for UPDATE and DELETE and the
 * rows alone for everything else: this reads the count from either shape.
 */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[1];
  }
  return Array.isArray(result) ? result.length : 0;
}
