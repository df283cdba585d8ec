import { Inject, Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { REQUIRED_PERMISSION } from '../auth/require-permission.decorator';
import { API_PREFIX } from '../common/http/configure-http';
import { AUDIT_ACTION, AUDIT_READ, AUDIT_SKIP, AUDIT_TARGET_TYPE } from './audit.decorators';

/** What the audit hook knows about a route, read once from the controllers' metadata. */
export interface AuditedRoute {
  method: string;
  /** The route template, e.g. `/api/v1/orgs/:id`. */
  path: string;
  action: string;
  targetType: string;
  permission: string | null;
  /** Set by @AuditRead: successful calls are audited under this action. */
  readAction: string | null;
  skip: boolean;
}

/** Actions of routes in folders the audit does not own, until they carry @AuditAction. */
const KNOWN_ACTIONS: Record<string, string> = { 'POST /api/v1/auth/login': 'auth.login' };

/**
 * Route metadata by `METHOD template`. The hook needs it for requests refused by the bearer
 * guard too, where no interceptor runs, so it is looked up from Express's matched route
 * (`req.route.path`) rather than from the execution context.
 */
@Injectable()
export class AuditRoutes {
  private routes: Map<string, AuditedRoute> | undefined;

  constructor(
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  find(method: string, template: string | undefined): AuditedRoute | undefined {
    if (!template) return undefined;
    this.routes ??= this.collect();
    return this.routes.get(`${method} ${normalizePath(template)}`);
  }

  private collect(): Map<string, AuditedRoute> {
    const routes = new Map<string, AuditedRoute>();
    for (const wrapper of this.discovery.getControllers()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      for (const base of paths(this.reflector.get<string | string[] | undefined>(PATH_METADATA, type))) {
        for (const name of this.scanner.getAllMethodNames(type.prototype as object)) {
          const handler = (type.prototype as Record<string, unknown>)[name] as () => unknown;
          const verb = this.reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
          if (verb === undefined) continue;
          for (const sub of paths(this.reflector.get<string | string[] | undefined>(PATH_METADATA, handler))) {
            const route = this.describe(RequestMethod[verb], base, sub, name, handler);
            routes.set(`${route.method} ${route.path}`, route);
          }
        }
      }
    }
    return routes;
  }

  private describe(method: string, base: string, sub: string, name: string, handler: () => unknown): AuditedRoute {
    const path = normalizePath(`/${API_PREFIX}/${base}/${sub}`);
    const area = normalizePath(base).slice(1).split('/').filter(Boolean);
    return {
      method,
      path,
      action: this.reflector.get<string | undefined>(AUDIT_ACTION, handler) ?? KNOWN_ACTIONS[`${method} ${path}`] ?? [...area, name].join('.'),
      targetType: this.reflector.get<string | undefined>(AUDIT_TARGET_TYPE, handler) ?? singular(area.at(-1) ?? 'api'),
      permission: this.reflector.get<string | undefined>(REQUIRED_PERMISSION, handler) ?? null,
      readAction: this.reflector.get<string | undefined>(AUDIT_READ, handler) ?? null,
      skip: this.reflector.get<boolean | undefined>(AUDIT_SKIP, handler) ?? false,
    };
  }
}

function paths(value: string | string[] | undefined): string[] {
  if (value === undefined) return ['/'];
  return Array.isArray(value) ? value : [value];
}

export function normalizePath(path: string): string {
  const collapsed = `/${path}`.replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
