import { isPartyDate } from '@lienthong/contracts';
import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { RequestValidationError } from './request-validation.error';

/** A path date that is not a real YYYY-MM-DD day is a 400 naming the parameter, never a lookup. */
@Injectable()
export class PartyDateParamPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (isPartyDate(value)) return value;
    throw RequestValidationError.field(metadata.data ?? 'date', 'isPartyDate', value);
  }
}
