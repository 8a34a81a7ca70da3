import { DECORATORS } from '@nestjs/swagger';

/**
 * `security: []` in the document: the operation (or every operation of the controller) needs
 * no key. @nestjs/swagger drops an empty security list given to ApiSecurity, so a controller
 * gets it as its own security metadata and a method as part of its operation object, merged
 * with what ApiOperation put there.
 */
export function ApiNoKey(): ClassDecorator & MethodDecorator {
  return (target: object, _key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (!descriptor) {
      Reflect.defineMetadata(DECORATORS.API_SECURITY, [], target);
      return;
    }
    const operation: object = Reflect.getMetadata(DECORATORS.API_OPERATION, descriptor.value) ?? {};
    Reflect.defineMetadata(
      DECORATORS.API_OPERATION,
      { ...operation, security: [] },
      descriptor.value,
    );
  };
}
