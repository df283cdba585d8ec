import { configFields, serviceConfigShape } from '@lienthong/platform';
import { z } from 'zod';

/** Settings read from `MEMBERS_*` (see the README's configuration table). */
export const membersConfigSchema = z.object({
  ...serviceConfigShape(3101),
  /** `MEMBERS_SEED_DEMO=true`: create the demo org tree on boot when the org table is empty. */
  seedDemo: configFields.flag(false),
  /** `MEMBERS_DIRECT_RPC_HTTP=true`: also serve `POST /rpc/<subject>` on the HTTP port (benchmark baseline). */
  directRpcHttp: configFields.flag(false),
});

export type MembersConfig = z.infer<typeof membersConfigSchema>;
