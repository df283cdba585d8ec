import { createRuntime, loadConfig, runServiceMain } from '@lienthong/platform';
import { createFinanceApp } from './app';
import { financeConfigSchema } from './config/finance.config';

runServiceMain('finance', async () => {
  const config = loadConfig('FINANCE', financeConfigSchema);
  const runtime = await createRuntime({
    name: 'finance',
    natsUrl: config.natsUrl,
    subjectPrefix: config.natsSubjectPrefix,
    natsUser: config.natsUser,
    natsPassword: config.natsPassword,
    authContextKey: config.authContextKey,
    logLevel: config.logLevel,
  });
  const app = await createFinanceApp(config, runtime);
  return { app, runtime };
});
