import { Module } from '@nestjs/common';
import { RolesController } from './roles.controller';

/** `GET /roles`: roles as data (the repositories live in AuthDataModule). */
@Module({ controllers: [RolesController] })
export class RolesModule {}
