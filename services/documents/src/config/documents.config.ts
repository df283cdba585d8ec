import { serviceConfigShape } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `DOCUMENTS_*` (see the README's configuration table). */
export const documentsConfigSchema = z.object({
  ...serviceConfigShape(3102),
});

export type DocumentsConfig = z.infer<typeof documentsConfigSchema>;
