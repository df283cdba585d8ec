import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'lienthong:public-route';

/** Opens a route to callers without a bearer token (login, health, metrics). Everything else needs one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);
