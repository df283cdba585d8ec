import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { RequestValidationError } from './request-validation.error';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

/**
 * Nest's ValidationPipe, narrowed to what we want: body and query DTOs are transformed
 * to their class, unknown fields are refused (whitelist + forbidNonWhitelisted), and a
 * failure becomes COMMON.VALIDATION_FAILED with field details in the caller's language.
 */
@Injectable()
export class GatewayValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const type = metadata.metatype;
    if (metadata.type === 'custom' || !type || PRIMITIVES.has(type)) return value;
    // No body at all is validated as `{}`, so that each missing field is named.
    if (metadata.type === 'body' && value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw RequestValidationError.field('body', 'isObject', value);
    }
    const instance = plainToInstance(type as new () => object, value ?? {});
    const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
    if (errors.length > 0) throw new RequestValidationError(errors);
    return instance;
  }
}
