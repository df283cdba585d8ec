import { createRuntime, loadConfig, runServiceMain } from '@lienthong/platform';
import { createMembersApp } from './app';
import { membersConfigSchema } from './config/members.config';

runServiceMain('members', async () => {
  const config = loadConfig('MEMBERS', membersConfigSchema);
  const runtime = await createRuntime({
    name: 'members',
    natsUrl: config.natsUrl,
    subjectPrefix: config.natsSubjectPrefix,
    natsUser: config.natsUser,
    natsPassword: config.natsPassword,
    authContextKey: config.authContextKey,
    logLevel: config.logLevel,
  });
  const app = await createMembersApp(config, runtime);
  return { app, runtime };
});
