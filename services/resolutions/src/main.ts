import { createRuntime, loadConfig, runServiceMain } from '@lienthong/platform';
import { createResolutionsApp } from './app';
import { resolutionsConfigSchema } from './config/resolutions.config';

runServiceMain('resolutions', async () => {
  const config = loadConfig('RESOLUTIONS', resolutionsConfigSchema);
  const runtime = await createRuntime({
    name: 'resolutions',
    natsUrl: config.natsUrl,
    subjectPrefix: config.natsSubjectPrefix,
    natsUser: config.natsUser,
    natsPassword: config.natsPassword,
    authContextKey: config.authContextKey,
    logLevel: config.logLevel,
  });
  const app = await createResolutionsApp(config, runtime);
  return { app, runtime };
});
