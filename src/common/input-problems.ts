import type { FieldProblem } from './errors';
import { textProblem } from './input-text';

/**
 * Names that are not fields but parts of JavaScript's object model. The transformation into
 * DTOs skips them silently, so that they would neither be refused as unknown fields nor read.
 */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function childField(parent: string, key: string): string {
  return parent ? `${parent}.${key}` : key;
}

/**
 * The first problem of a parsed body, query or set of path parameters, at any depth: a reserved
 * key, or a key or text that no column can store (see textProblem). Iterative, each value once,
 * so that the cost is linear in the input and the stack does not grow with its depth.
 */
export function inputProblem(input: unknown, root = ''): FieldProblem | null {
  const queue: { value: unknown; field: string }[] = [{ value: input, field: root }];
  for (let i = 0; i < queue.length; i++) {
    const { value, field } = queue[i];
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { field, problem };
    } else if (Array.isArray(value)) {
      value.forEach((item, index) =>
        queue.push({ value: item, field: childField(field, `${index}`) }),
      );
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const keyField = childField(field, key);
        if (RESERVED_KEYS.has(key)) {
          return { field: keyField, problem: 'is a reserved name, not a field' };
        }
        const keyProblem = textProblem(key);
        if (keyProblem) return { field: keyField, problem: `(a field name) ${keyProblem}` };
        queue.push({ value: item, field: keyField });
      }
    }
  }
  return null;
}
