export * from './lifecycle-actions';
export * from './lifecycle-requests';
export * from './lifecycle.dto';
export * from './lifecycle-events';
