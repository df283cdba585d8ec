import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { toEnvName } from '@lienthong/platform';
import type { ZodObject, ZodType } from 'zod';
import { REPO_ROOT } from './deploy-tools';

export interface ServiceConfig {
  prefix: string;
  /** env name → the schema field that reads it */
  fields: Map<string, ZodType>;
  /** env names the service cannot start without (no default, not optional) */
  required: string[];
}

/**
 * The settings a service reads, from its own zod schema (services/<app>/src/config/<app>.config.ts,
 * the export ending in `ConfigSchema`), named the way loadConfig names them: <PREFIX>_<KEY>.
 */
export function loadServiceConfig(app: string): ServiceConfig {
  const file = join(REPO_ROOT, 'services', app, 'src', 'config', `${app}.config.ts`);
  if (!existsSync(file)) throw new Error(`services/${app} has no src/config/${app}.config.ts: every service reads its settings through one`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- one module per service, found on disk.
  const module = require(file) as Record<string, unknown>;
  const schemas = Object.entries(module).filter(([name]) => name.endsWith('ConfigSchema'));
  if (schemas.length !== 1) throw new Error(`${file}: expected one export ending in ConfigSchema, found ${schemas.length}`);
  const schema = schemas[0]?.[1] as ZodObject<Record<string, ZodType>>;
  const prefix = app.toUpperCase();
  const fields = new Map<string, ZodType>();
  const required: string[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const name = `${prefix}_${toEnvName(key)}`;
    fields.set(name, field);
    if (!field.safeParse(undefined).success) required.push(name);
  }
  return { prefix, fields, required };
}
