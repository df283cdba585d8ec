import { createRuntimeFromConfig, loadConfig, runServiceMain } from '@lienthong/platform';
import { createMembersApp } from './app';
import { membersConfigSchema } from './config/members.config';

runServiceMain('members', async () => {
  const config = loadConfig('MEMBERS', membersConfigSchema);
  const runtime = await createRuntimeFromConfig('members', config);
  const app = await createMembersApp(config, runtime);
  return { app, runtime };
});
