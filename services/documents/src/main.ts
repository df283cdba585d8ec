import { createRuntime, loadConfig, runServiceMain } from '@lienthong/platform';
import { createDocumentsApp } from './app';
import { documentsConfigSchema } from './config/documents.config';

runServiceMain('documents', async () => {
  const config = loadConfig('DOCUMENTS', documentsConfigSchema);
  const runtime = await createRuntime({
    name: 'documents',
    natsUrl: config.natsUrl,
    subjectPrefix: config.natsSubjectPrefix,
    natsUser: config.natsUser,
    natsPassword: config.natsPassword,
    authContextKey: config.authContextKey,
    logLevel: config.logLevel,
  });
  const app = await createDocumentsApp(config, runtime);
  return { app, runtime };
});
