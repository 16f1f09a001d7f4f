import { badUserInput } from './errors/user-errors.ts';

/** Checks an integer argument against its documented range, naming both in the error. */
export function requireInRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`\`${argument}\` must be between ${min} and ${max}, got ${value}`, { argument, min, max });
  }
  return value;
}
