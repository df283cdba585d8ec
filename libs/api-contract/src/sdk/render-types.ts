// Turns OpenAPI schemas into TypeScript type text for the generated SDK.
import { refName, type SchemaObject } from '../openapi-types';

/** A TypeScript literal in single quotes (the repository's style); other values as JSON. */
export function literal(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A property name as written in a type literal: quoted only when it is not an identifier. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : literal(name);
}

/** One-line JSDoc from a description (and an example when there is one), or nothing. */
export function docComment(schema: { description?: string; example?: unknown }, indent: string): string {
  const parts: string[] = [];
  if (schema.description) parts.push(schema.description.replace(/\*\//g, '*∕').replace(/\s*\n\s*/g, ' '));
  if (schema.example !== undefined && schema.example !== null) parts.push(`@example ${JSON.stringify(schema.example)}`);
  return parts.length > 0 ? `${indent}/** ${parts.join(' — ')} */\n` : '';
}

/** The TypeScript type of a schema; `refPrefix` qualifies named schemas (`S.` outside schemas.ts). */
export function renderType(schema: SchemaObject | undefined, refPrefix: string, indent = ''): string {
  if (!schema) return 'unknown';
  const plain = renderNonNullable(schema, refPrefix, indent);
  return schema.nullable ? `${plain} | null` : plain;
}

function renderNonNullable(schema: SchemaObject, refPrefix: string, indent: string): string {
  if (schema.$ref) return `${refPrefix}${refName(schema.$ref)}`;
  if (schema.allOf?.length) return schema.allOf.map((part) => wrap(renderType(part, refPrefix, indent))).join(' & ');
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) return variants.map((part) => wrap(renderType(part, refPrefix, indent))).join(' | ');
  if (schema.enum?.length) return schema.enum.map(literal).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `${wrap(renderType(schema.items, refPrefix, indent))}[]`;
    case 'object':
    case undefined:
      return schema.properties ? renderObject(schema, refPrefix, indent) : renderMap(schema, refPrefix, indent);
    default:
      return 'unknown';
  }
}

function renderMap(schema: SchemaObject, refPrefix: string, indent: string): string {
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object') return `Record<string, ${renderType(extra, refPrefix, indent)}>`;
  return 'Record<string, unknown>';
}

/** `{ a: string; b?: number }` over several lines, with each property's description. */
export function renderObject(schema: SchemaObject, refPrefix: string, indent: string): string {
  const required = new Set(schema.required ?? []);
  const inner = `${indent}  `;
  const lines = Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const optional = required.has(name) ? '' : '?';
    return `${docComment(property, inner)}${inner}${propertyKey(name)}${optional}: ${renderType(property, refPrefix, inner)};\n`;
  });
  return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('')}${indent}}`;
}

function wrap(type: string): string {
  return /[|&]/.test(type) && !type.startsWith('{') ? `(${type})` : type;
}
