export * from './member-export-requests';
export * from './member-export-job-requests';
