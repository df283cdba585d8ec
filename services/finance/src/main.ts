import { createRuntimeFromConfig, loadConfig, runServiceMain } from '@lienthong/platform';
import { createFinanceApp } from './app';
import { financeConfigSchema } from './config/finance.config';

runServiceMain('finance', async () => {
  const config = loadConfig('FINANCE', financeConfigSchema);
  const runtime = await createRuntimeFromConfig('finance', config);
  const app = await createFinanceApp(config, runtime);
  return { app, runtime };
});
