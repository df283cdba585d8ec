/** Anything with TypeORM's `query` (a DataSource, an EntityManager, a QueryRunner). */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * The rows of a query through TypeORM, whatever the command: TypeORM answers UPDATE and
 * DELETE with `[rows, rowCount]` and everything else with `rows`.
 */
export async function queryRows<T>(runner: SqlRunner, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await runner.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** A value for a jsonb parameter: JSON text, or SQL NULL for null/undefined (pg would turn arrays into SQL arrays). */
export function jsonParam(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
