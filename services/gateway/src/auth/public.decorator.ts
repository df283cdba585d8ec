import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'lienthong:public-route';
export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'lienthong:allowed-before-password-change';

/** Opens a route to callers without a bearer token (login, health, metrics). Everything else needs one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** A route a user whose password must be changed may still call (`/me`, `/auth/*`); every other one answers 403. */
export const AllowedBeforePasswordChange = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
