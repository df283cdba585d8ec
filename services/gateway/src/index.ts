export { createGatewayApp } from './app';
export { type GatewayAppSettings, type GatewayRuntime, type RunningGateway } from './gateway-settings';
export { gatewayConfigSchema, type GatewayConfig } from './config/gateway.config';
export { buildOpenApiDocument, generateOpenApiDocument } from './openapi/openapi-document';
export { HTTP_STATUS_BY_CODE } from './common/errors/http-status-by-code';
