import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ErrorBody, errorBody } from './error-body';

/** Errors of Node's HTTP parser, before there is a request: what the client did wrong. */
function answerFor(code: string | undefined): ErrorBody {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return errorBody(
        431,
        'REQUEST_HEADER_FIELDS_TOO_LARGE',
        'The URL and the headers together exceed 16 KB',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return errorBody(408, 'REQUEST_TIMEOUT', 'The request did not arrive in time');
    default:
      return errorBody(400, 'MALFORMED_REQUEST', 'The request is not valid HTTP/1.1');
  }
}

/** A whole response on a socket that has no ServerResponse: the request was never parsed. */
export function rawResponse(body: ErrorBody): string {
  const json = JSON.stringify(body);
  return (
    `HTTP/1.1 ${body.statusCode} ${STATUS_CODES[body.statusCode]}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(json)}\r\n` +
    'Connection: close\r\n\r\n' +
    json
  );
}

/**
 * A request Node's parser refuses (a URL over 16 KB, broken HTTP) never reaches Express: Node
 * answers it with a bare status line. Here it gets the contract's error body instead. The
 * limit itself stays Node's maxHeaderSize: a larger one would cost memory on every connection
 * for URLs that no client of this API needs.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node's documentation advises: a reset or closed socket has no one to answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(rawResponse(answerFor(error.code)));
  });
}
