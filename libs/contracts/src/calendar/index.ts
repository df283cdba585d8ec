export * from './calendar.dto';
export * from './calendar-requests';
