import { takeResponseViolations } from '../support/response-check';

// Fails the test during which a test app gave an answer its OpenAPI document does not describe.
afterEach(() => {
  const violations = takeResponseViolations();
  if (violations.length > 0) {
    throw new Error(
      `Answers that the OpenAPI document does not describe:\n${violations.join('\n')}`,
    );
  }
});
