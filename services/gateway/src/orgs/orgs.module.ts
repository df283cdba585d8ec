import { Module } from '@nestjs/common';
import { OrgsController } from './orgs.controller';

/** `/api/v1/orgs`: the org tree, over MembersClient. */
@Module({ controllers: [OrgsController] })
export class OrgsModule {}
