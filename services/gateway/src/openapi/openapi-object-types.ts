import type { OpenAPIObject } from '@nestjs/swagger';

// @nestjs/swagger exports only OpenAPIObject from its package root: the parts we walk, derived from it.
export type PathItemObject = OpenAPIObject['paths'][string];
export type OperationObject = NonNullable<PathItemObject['get']>;
export type SchemaOrRef = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
export type SchemaObject = Exclude<SchemaOrRef, { $ref: string }>;
export type RequestBodyOrRef = NonNullable<OperationObject['requestBody']>;
export type ResponseOrRef = OperationObject['responses'][string];
