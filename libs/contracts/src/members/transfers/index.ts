export * from './member-transfer.dto';
export * from './member-transfer-requests';
export * from './member-transfer-events';
