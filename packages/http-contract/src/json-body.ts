import { err, ok, type Result } from '@todo/domain';
import type { HttpResponse } from './http-exchange.js';
import { problemResponse } from './problem-response.js';

/** The largest request body accepted, in bytes (16 KiB). Larger bodies get a 413. */
export const bodyLimitBytes = 16 * 1024;

/** A raw request body and the headers that describe it. */
export interface RawBody {
  /** The `content-type` header, if any. */
  readonly contentType: string | undefined;
  /**
   * The body as received: its bytes where the server has them, so that bytes that are not UTF-8
   * are refused rather than replaced; or text already decoded (a Lambda event's `body`).
   * `undefined`, `''` or no bytes for none.
   */
  readonly body: string | Uint8Array | undefined;
}

// `fatal`: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD, which would store
// a title the client never sent. `ignoreBOM` keeps a byte order mark, which JSON.parse then
// refuses, as it does in a body that arrives as text.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const charsetPattern = /;\s*charset\s*=\s*"?([^";\s]+)"?/i;

/**
 * True for `application/json`, with no charset or a UTF-8 one (RFC 8259 makes JSON UTF-8).
 * Parameters other than charset are ignored.
 */
export const isJsonContentType = (contentType: string | undefined): boolean => {
  if (contentType === undefined) return false;
  // What nearly every client sends; checked first, as it needs no parsing.
  if (contentType === 'application/json') return true;
  const [mediaType = ''] = contentType.split(';');
  if (mediaType.trim().toLowerCase() !== 'application/json') return false;
  const charset = charsetPattern.exec(contentType)?.[1]?.toLowerCase();
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
};

/**
 * Checks size and content type of a request body and parses it as JSON, answering with the
 * response to send when it can't: 413 above {@link bodyLimitBytes}, 415 for a body that is not
 * `application/json`, 400 `request.malformed-json` for bad JSON or bytes that are not UTF-8
 * (RFC 8259 makes JSON text UTF-8). An empty body parses to `undefined`, which the route's
 * schema then refuses where a body is required.
 *
 * @example
 * const body = readJsonBody({ contentType: event.headers['content-type'], body: event.body });
 * if (!body.ok) return body.error; // the problem response
 */
export const readJsonBody = (raw: RawBody): Result<unknown, HttpResponse> => {
  if (raw.body === undefined || raw.body.length === 0) return ok(undefined);
  const size = typeof raw.body === 'string' ? Buffer.byteLength(raw.body, 'utf8') : raw.body.length;
  if (size > bodyLimitBytes) {
    return err(
      problemResponse('request.body-too-large', {
        detail: `The body is larger than ${bodyLimitBytes} bytes.`,
      }),
    );
  }
  if (!isJsonContentType(raw.contentType)) {
    return err(
      problemResponse('request.unsupported-media-type', {
        detail: 'Send the body as application/json (UTF-8).',
      }),
    );
  }
  try {
    return ok(JSON.parse(typeof raw.body === 'string' ? raw.body : utf8.decode(raw.body)));
  } catch {
    return err(
      problemResponse('request.malformed-json', { detail: 'The body is not valid JSON.' }),
    );
  }
};
