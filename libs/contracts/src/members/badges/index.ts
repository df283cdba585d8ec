export * from './badge-requests';
export * from './badge.dto';
export * from './badge-circumstance-requests';
