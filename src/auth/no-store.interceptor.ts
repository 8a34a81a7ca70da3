import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { Observable } from 'rxjs';
import { PUBLIC_ROUTE } from './auth.decorators';

/**
 * What a key may read is for its holder only: no browser, proxy or shared cache keeps it
 * (exports above all). Set before the handler runs, so that streamed answers carry it too.
 * Public routes (the lookup, reference data, pages) keep caching of their own.
 */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targets = [context.getHandler(), context.getClass()];
    if (context.getType() === 'http' && !this.reflector.getAllAndOverride(PUBLIC_ROUTE, targets)) {
      context.switchToHttp().getResponse<Response>().setHeader('Cache-Control', 'no-store');
    }
    return next.handle();
  }
}
