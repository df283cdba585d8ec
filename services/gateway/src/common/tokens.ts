/** Injection tokens of the gateway (the platform's TRANSPORT, LOGGER, DATA_SOURCE, METRICS are reused). */
export const GATEWAY_SETTINGS = Symbol('lienthong:gateway-settings');
export const AUTH_CONTEXT_SIGNER = Symbol('lienthong:auth-context-signer');
