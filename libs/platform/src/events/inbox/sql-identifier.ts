const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Quotes a table or column name for SQL built from code (`schema.table` allowed). Only plain
 * lower-case names pass: these names come from the service's code, never from a message.
 */
export function quoteIdentifier(name: string): string {
  const parts = name.split('.');
  if (parts.length > 2 || !parts.every((part) => IDENTIFIER.test(part))) {
    throw new Error(`Not a plain SQL identifier: "${name}"`);
  }
  return parts.map((part) => `"${part}"`).join('.');
}
