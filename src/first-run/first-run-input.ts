import { passwordProblem } from '../users/password/password-rules';
import type { FirstRunField } from './first-run-page';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const PASSWORD_PROBLEMS: Record<string, string> = {
  'must be at least 12 characters': 'Lösenordet måste ha minst 12 tecken.',
  'must be at most 256 characters': 'Lösenordet får ha högst 256 tecken.',
  'is a commonly used password': 'Lösenordet är för vanligt. Välj ett annat.',
  'must not contain your name or e-mail address':
    'Lösenordet får inte innehålla ditt namn eller din e-postadress.',
};

/** What is wrong with the first administrator's form, in Swedish by field. */
export function firstRunProblems(input: {
  name: string;
  email: string;
  password: string;
}): Partial<Record<FirstRunField, string>> {
  const errors: Partial<Record<FirstRunField, string>> = {};
  if (!input.name.trim()) errors.name = 'Skriv ditt namn.';
  if (!EMAIL.test(input.email.trim()))
    errors.email = 'Skriv en e-postadress, till exempel namn@skr.se.';
  const weak = passwordProblem(input.password, { email: input.email.trim(), name: input.name });
  if (weak) errors.password = PASSWORD_PROBLEMS[weak] ?? 'Lösenordet kan inte användas.';
  return errors;
}
