export { createMembersApp, type MembersAppSettings } from './app';
export { membersConfigSchema, type MembersConfig } from './config/members.config';
