export { createDocumentsApp, type DocumentsAppSettings } from './app';
export { documentsConfigSchema, type DocumentsConfig } from './config/documents.config';
