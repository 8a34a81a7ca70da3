import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsObject, ValidateNested } from 'class-validator';

/**
 * A field that holds one object of `type`, checked field by field. ValidateNested alone takes
 * an array for a list of such objects, so that `"agency": []` passed with nothing to check.
 */
export function IsNestedObject(type: () => new () => object) {
  return applyDecorators(IsObject(), ValidateNested(), Type(type));
}
