import { serviceConfigShape } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `FINANCE_*` (see the README's configuration table). */
export const financeConfigSchema = z.object({
  ...serviceConfigShape(3103),
});

export type FinanceConfig = z.infer<typeof financeConfigSchema>;
