import { createRuntimeFromConfig, loadConfig, runServiceMain } from '@lienthong/platform';
import { createDocumentsApp } from './app';
import { documentsConfigSchema } from './config/documents.config';

runServiceMain('documents', async () => {
  const config = loadConfig('DOCUMENTS', documentsConfigSchema);
  const runtime = await createRuntimeFromConfig('documents', config);
  const app = await createDocumentsApp(config, runtime);
  return { app, runtime };
});
