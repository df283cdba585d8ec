import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { RequestValidationError } from './request-validation.error';

/** A path id that is not a UUID is a 400 naming the parameter, never a lookup. */
@Injectable()
export class UuidParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value.toLowerCase();
    throw RequestValidationError.field(metadata.data ?? 'id', 'isUuid', value);
  }
}
