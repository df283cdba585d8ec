export * from './member-status';
export * from './member.dto';
export * from './member-requests';
export * from './member-roll-requests';
export * from './member-events';
