export { createFinanceApp, type FinanceAppSettings } from './app';
export { financeConfigSchema, type FinanceConfig } from './config/finance.config';
