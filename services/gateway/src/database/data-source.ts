import { createDataSource } from '@lienthong/platform';
import type { DataSource } from 'typeorm';
import { GatewayUserEntity } from '../auth/gateway-user.entity';
import { CreateGatewayUser1795634835063 } from './migrations/1795634835063-create-gateway-user';

/** Entities and migrations of the gateway database, listed explicitly (no globs: bundling-safe). */
export function createGatewayDataSource(url: string): DataSource {
  return createDataSource({
    service: 'gateway',
    url,
    entities: [GatewayUserEntity],
    migrations: [CreateGatewayUser1795634835063],
  });
}
