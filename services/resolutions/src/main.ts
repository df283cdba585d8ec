import { createRuntimeFromConfig, loadConfig, runServiceMain } from '@lienthong/platform';
import { createResolutionsApp } from './app';
import { resolutionsConfigSchema } from './config/resolutions.config';

runServiceMain('resolutions', async () => {
  const config = loadConfig('RESOLUTIONS', resolutionsConfigSchema);
  const runtime = await createRuntimeFromConfig('resolutions', config);
  const app = await createResolutionsApp(config, runtime);
  return { app, runtime };
});
