export * from './member-export-requests';
