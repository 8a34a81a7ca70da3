import { STATUS_CODES } from 'node:http';
import type { FieldProblem } from './errors';

export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  details: FieldProblem[];
}

export function errorBody(
  statusCode: number,
  code: string,
  message: string,
  details: FieldProblem[] = [],
): ErrorBody {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', code, message, details };
}
