import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaOrRef } from './openapi-object-types';

/** Samples for values whose format says enough; everything else needs an `example` on its property. */
const SAMPLE_BY_FORMAT: Record<string, string> = {
  uuid: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f',
  date: '2026-01-15',
  'date-time': '2026-01-15T08:30:00.000Z',
  password: 'Mật-khẩu-đủ-mạnh-2026',
};

export interface ComposedExample {
  value: unknown;
  /** Required fields without an example, e.g. `CreateOrgDto.name`: the composed value is incomplete. */
  missing: string[];
}

type Schema = SchemaOrRef;

const isRef = (schema: Schema): schema is { $ref: string } => '$ref' in schema;

/**
 * An example value for a schema, built from its properties' `example`s (then enum, default, format,
 * null for nullable, false for booleans). Lists the required fields it could not fill.
 */
export function composeExample(doc: OpenAPIObject, schema: Schema): ComposedExample {
  const missing: string[] = [];
  const value = compose(doc, schema, 'body', missing, 0);
  return { value, missing };
}

function compose(doc: OpenAPIObject, schema: Schema, at: string, missing: string[], depth: number): unknown {
  if (isRef(schema)) {
    const name = schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1);
    const target = doc.components?.schemas?.[name];
    if (!target || depth > 6) return undefined;
    return compose(doc, target, name, missing, depth + 1);
  }
  if (schema.example !== undefined) return schema.example;
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((part: Schema) => compose(doc, part, at, missing, depth + 1));
    return parts.every((p: unknown) => typeof p === 'object' && p !== null) ? Object.assign({}, ...parts) : parts[0];
  }
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.type === 'object' || schema.properties) {
    if (!schema.properties) return {};
    const required = new Set(schema.required ?? []);
    const value: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties)) {
      const before = missing.length;
      const sample = compose(doc, property, `${at}.${name}`, required.has(name) ? missing : [], depth + 1);
      if (sample !== undefined) value[name] = sample;
      else if (required.has(name) && missing.length === before) missing.push(`${at}.${name}`);
    }
    return value;
  }
  if (schema.type === 'array') {
    const item = schema.items ? compose(doc, schema.items, `${at}[]`, missing, depth + 1) : undefined;
    return item === undefined ? [] : [item];
  }
  if (schema.format && SAMPLE_BY_FORMAT[schema.format]) return SAMPLE_BY_FORMAT[schema.format];
  if (schema.nullable) return null;
  if (schema.type === 'boolean') return false;
  return undefined;
}
