import { describe, expect, it } from 'vitest';
import { messagesVi } from '../../../i18n/messages-vi';
import { inDictionaryOrder } from './permission-order';

describe('inDictionaryOrder', () => {
  it('orders permissions as the dictionary lists them, unknown ones last by code', () => {
    expect(inDictionaryOrder(['audit:read', 'zeta:x', 'documents:read', 'alpha:y', 'members:read'], messagesVi.permissions)).toEqual([
      'documents:read',
      'members:read',
      'audit:read',
      'alpha:y',
      'zeta:x',
    ]);
  });

  it('leaves its input alone', () => {
    const codes = ['finance:read', 'documents:read'];
    inDictionaryOrder(codes, messagesVi.permissions);
    expect(codes).toEqual(['finance:read', 'documents:read']);
  });
});
