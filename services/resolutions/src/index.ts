export { createResolutionsApp, type ResolutionsAppSettings } from './app';
export { resolutionsConfigSchema, type ResolutionsConfig } from './config/resolutions.config';
