// Tools over the published OpenAPI document (scripts/openapi uses them): breaking-change diff,
// stable JSON, and the renderers of the generated SDK. Plain TypeScript, no dependency.
export * from './breaking-changes';
export * from './openapi-types';
export * from './schema-compat';
export * from './sdk/render-operations';
export * from './sdk/render-schemas';
export * from './stable-json';
