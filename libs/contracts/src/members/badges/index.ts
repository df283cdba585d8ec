export * from './badge-requests';
export * from './badge.dto';
