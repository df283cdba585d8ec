export * from './actor-scope';
export * from './scoped-access';
export * from './scope.module';
