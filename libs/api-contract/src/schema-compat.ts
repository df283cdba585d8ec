// Compares two versions of a schema as one side of an operation sees it. Input (request) schemas
// break when they accept less than before; output (response) schemas break when they promise less.
import { refName, type OpenApiDocument, type SchemaObject } from './openapi-types';

export type Direction = 'request' | 'response';

export interface SchemaBreak {
  kind:
    | 'type-changed'
    | 'enum-value-removed'
    | 'nullable-removed'
    | 'nullable-added'
    | 'constraint-narrowed'
    | 'field-removed'
    | 'field-became-required'
    | 'required-field-added'
    | 'field-became-optional';
  /** Where in the body or parameter: `body.parentId`, `200.items[].name`. */
  at: string;
  detail: string;
}

function resolve(doc: OpenApiDocument, schema: SchemaObject | undefined): SchemaObject | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 20; hops++) current = doc.components?.schemas?.[refName(current.$ref)];
  // Nest wraps a nested $ref as `allOf: [{ $ref }]` when it adds a description or nullable.
  if (current?.allOf?.length === 1 && current.allOf[0]) {
    const inner = resolve(doc, current.allOf[0]);
    return inner ? { ...inner, nullable: current.nullable ?? inner.nullable } : undefined;
  }
  return current;
}

const typeOf = (schema: SchemaObject) => (schema.type === 'integer' ? 'number' : schema.type) ?? (schema.properties ? 'object' : undefined);

/** Constraints that accept less when they tighten: [name, tightened(before, after)]. */
const NARROWING: [keyof SchemaObject, (before: number, after: number) => boolean][] = [
  ['minLength', (b, a) => a > b],
  ['maxLength', (b, a) => a < b],
  ['minimum', (b, a) => a > b],
  ['maximum', (b, a) => a < b],
];

export class SchemaComparer {
  private readonly seen = new Set<string>();

  constructor(
    private readonly before: OpenApiDocument,
    private readonly after: OpenApiDocument,
    private readonly breaks: SchemaBreak[],
  ) {}

  /** Starts a new operation: named schemas are compared again. */
  nextOperation(): void {
    this.seen.clear();
  }

  compare(beforeSchema: SchemaObject | undefined, afterSchema: SchemaObject | undefined, direction: Direction, at: string): void {
    // A named schema is compared once per operation and direction (this also ends recursive schemas).
    const cycleKey = `${direction}|${beforeSchema?.$ref ?? ''}|${afterSchema?.$ref ?? ''}`;
    if (beforeSchema?.$ref && this.seen.has(cycleKey)) return;
    if (beforeSchema?.$ref) this.seen.add(cycleKey);
    const b = resolve(this.before, beforeSchema);
    const a = resolve(this.after, afterSchema);
    if (!b || !a) return;
    const report = (kind: SchemaBreak['kind'], detail: string) => this.breaks.push({ kind, at, detail });

    const [typeBefore, typeAfter] = [typeOf(b), typeOf(a)];
    if (typeBefore && typeAfter && typeBefore !== typeAfter) {
      report('type-changed', `${typeBefore} → ${typeAfter}`);
      return;
    }
    if (b.format !== a.format && (direction === 'response' || a.format !== undefined)) report('type-changed', `format ${b.format ?? 'none'} → ${a.format ?? 'none'}`);
    if (direction === 'request') this.compareInputConstraints(b, a, report);
    if (direction === 'response' && !b.nullable && a.nullable) report('nullable-added', 'may now be null');
    if (b.items || a.items) this.compare(b.items, a.items, direction, `${at}[]`);
    this.compareProperties(b, a, direction, at);
  }

  private compareInputConstraints(b: SchemaObject, a: SchemaObject, report: (kind: SchemaBreak['kind'], detail: string) => void): void {
    if (b.enum && a.enum) {
      const removed = b.enum.filter((value) => !a.enum?.includes(value));
      if (removed.length > 0) report('enum-value-removed', `no longer accepts ${removed.map((v) => JSON.stringify(v)).join(', ')}`);
    } else if (!b.enum && a.enum) report('enum-value-removed', `now only accepts ${a.enum.map((v) => JSON.stringify(v)).join(', ')}`);
    if (b.nullable && !a.nullable) report('nullable-removed', 'no longer accepts null');
    for (const [name, tightened] of NARROWING) {
      const [was, now] = [b[name], a[name]];
      if (typeof now !== 'number') continue;
      if (typeof was !== 'number') report('constraint-narrowed', `${name} none → ${now}`);
      else if (tightened(was, now)) report('constraint-narrowed', `${name} ${was} → ${now}`);
    }
    if (a.pattern !== undefined && a.pattern !== b.pattern) report('constraint-narrowed', `pattern ${b.pattern ?? 'none'} → ${a.pattern}`);
  }

  private compareProperties(b: SchemaObject, a: SchemaObject, direction: Direction, at: string): void {
    const requiredBefore = new Set(b.required ?? []);
    const requiredAfter = new Set(a.required ?? []);
    const propsBefore = b.properties ?? {};
    const propsAfter = a.properties ?? {};
    const prefix = at ? `${at}.` : '';
    for (const [name, schema] of Object.entries(propsBefore)) {
      const where = `${prefix}${name}`;
      const next = propsAfter[name];
      if (!next) {
        // A removed input field is refused by the whitelist (400); a removed output field is missing for readers.
        this.breaks.push({ kind: 'field-removed', at: where, detail: `${direction} field removed` });
        continue;
      }
      if (direction === 'request' && !requiredBefore.has(name) && requiredAfter.has(name)) {
        this.breaks.push({ kind: 'field-became-required', at: where, detail: 'optional → required' });
      }
      if (direction === 'response' && requiredBefore.has(name) && !requiredAfter.has(name)) {
        this.breaks.push({ kind: 'field-became-optional', at: where, detail: 'always sent → may be absent' });
      }
      this.compare(schema, next, direction, where);
    }
    if (direction === 'request') {
      for (const name of Object.keys(propsAfter)) {
        if (!propsBefore[name] && requiredAfter.has(name)) {
          this.breaks.push({ kind: 'required-field-added', at: `${prefix}${name}`, detail: 'new required field' });
        }
      }
    }
  }
}
