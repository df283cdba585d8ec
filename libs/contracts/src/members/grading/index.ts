export * from './grading.dto';
export * from './grading-requests';
export * from './grading-events';
