import { ValidateIf } from 'class-validator';

/**
 * The field may be left out; unlike IsOptional, null is a value and gets the field's checks
 * (and their 400 naming the field). For fields that have no "cleared" state: IsOptional let
 * `"agencyName": null` through to code that read it as a text.
 */
export const IsOmittable = () =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
