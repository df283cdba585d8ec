export * from './due-item-requests';
export * from './due-item.dto';
