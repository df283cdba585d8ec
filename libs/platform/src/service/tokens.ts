/** Injection tokens the platform provides to every service. */
export const TRANSPORT = Symbol('lienthong:transport');
export const LOGGER = Symbol('lienthong:logger');
export const DATA_SOURCE = Symbol('lienthong:data-source');
export const METRICS = Symbol('lienthong:metrics');
export const BLOB_STORE = Symbol('lienthong:blob-store');
export const SERVICE_NAME = Symbol('lienthong:service-name');
