import type { Response } from 'express';
import { etagOf } from '../common/http/if-match.decorator';
import type { UserDto } from './dto/user.dto';
import type { UserRecord } from './users.repository';

export function toUserDto(user: UserRecord): UserDto {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    homeOrgId: user.homeOrgId,
    memberId: user.memberId,
    roles: user.roles,
    isActive: user.isActive,
    mustChangePassword: user.mustChangePassword,
    version: user.version,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export function withUserEtag(res: Response, user: UserRecord): UserDto {
  res.setHeader('ETag', etagOf(user.version));
  return toUserDto(user);
}
