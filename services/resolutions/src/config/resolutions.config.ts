import { serviceConfigShape } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `RESOLUTIONS_*` (see the README's configuration table). */
export const resolutionsConfigSchema = z.object({
  ...serviceConfigShape(3104),
});

export type ResolutionsConfig = z.infer<typeof resolutionsConfigSchema>;
