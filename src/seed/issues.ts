/**
 * Turns zod's issues into the seed's problem lines. zod's own wording ("Invalid input:
 * expected string, received undefined") is written for programmers; a reviewer of YAML
 * wants "required", "unknown field" or "expected text, got a number".
 */
import type { z } from 'zod';
import { fieldPath } from './problem.ts';

export interface FieldMessage {
  field: string;
  message: string;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): FieldMessage[] {
  return issues.flatMap((issue): FieldMessage[] => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldPath([...issue.path, key]), message: 'unknown field' }));
    }
    if (!('input' in issue) || issue.input === undefined) return [{ field, message: 'required' }];
    switch (issue.code) {
      case 'invalid_type':
        return [{ field, message: `expected ${typeName(issue.expected)}, got ${valueName(issue.input)}` }];
      case 'invalid_value':
        return [{ field, message: `${JSON.stringify(issue.input)} is not one of: ${issue.values.join(', ')}` }];
      default:
        // too_small, invalid_format and custom issues carry the messages schema.ts wrote.
        return [{ field, message: issue.message }];
    }
  });
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping of fields', number: 'a number' };
  return names[expected] ?? expected;
}

function valueName(value: unknown): string {
  if (value === null) return 'nothing (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'boolean') return `${value} (quote it if it is text)`;
  return `a ${typeof value}`;
}
