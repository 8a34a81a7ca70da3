import { CanActivate, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { bodyRefusal } from './body-parsing';
import { UnsupportedMediaTypeError, ValidationFailedError } from './errors';
import { inputProblem } from './input-problems';

const BODY_TYPES = 'input:body-types';
export const JSON_BODY = 'application/json';
export const FORM_BODY = 'application/x-www-form-urlencoded';

/** The media types a route's request body may have; without it, JSON only (the API). */
export const BodyTypes = (...types: string[]) => SetMetadata(BODY_TYPES, types);

/** Content-Length 0 is no body, whatever its Content-Type says. */
function carriesBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || Number(length ?? 0) > 0;
}

/**
 * One check of every request's input before the validation pipe, for every route: what the
 * body parsers refused, a body of a media type the route does not take (a text/plain body
 * was otherwise ignored, and the request done without it), and a body, query or path
 * parameter with a reserved key, a NUL or a lone surrogate. Thrown here, in the route's
 * context, so that its exception filter answers in its form: JSON for the API, a Swedish
 * page for the pages.
 */
export class RequestInputGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const refusal = bodyRefusal(request);
    if (refusal) throw refusal;
    if (carriesBody(request)) this.assertBodyType(context, request);
    const problem =
      inputProblem(request.params) ?? inputProblem(request.query) ?? inputProblem(request.body);
    if (problem) {
      throw new ValidationFailedError(`${problem.field} ${problem.problem}`, [problem]);
    }
    return true;
  }

  private assertBodyType(context: ExecutionContext, request: Request): void {
    const accepted = this.reflector.getAllAndOverride<string[] | undefined>(BODY_TYPES, [
      context.getHandler(),
      context.getClass(),
    ]) ?? [JSON_BODY];
    if (request.is(accepted)) return;
    const given = request.headers['content-type'] ?? 'none';
    throw new UnsupportedMediaTypeError(
      `Request bodies must be ${accepted.join(' or ')}; this one's Content-Type is ${given}`,
    );
  }
}
