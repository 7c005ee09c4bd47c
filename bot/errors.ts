/**
 * One error hierarchy: a stable code, an HTTP status, and a message safe to show to whoever sent
 * the request. Domain code throws these (or plain errors, which become a generic 500); the app's
 * error handler is the only place they turn into responses.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadRequest extends AppError {
  constructor(message: string, code = 'bad_request') {
    super(code, 400, message);
  }
}

export class Unauthorized extends AppError {
  constructor(message = 'missing or invalid credentials', code = 'unauthorized') {
    super(code, 401, message);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'not allowed', code = 'forbidden') {
    super(code, 403, message);
  }
}

export class NotFound extends AppError {
  constructor(message = 'not found', code = 'not_found') {
    super(code, 404, message);
  }
}

export class Conflict extends AppError {
  constructor(message: string, code = 'conflict') {
    super(code, 409, message);
  }
}

export class PayloadTooLarge extends AppError {
  constructor(message: string, code = 'payload_too_large') {
    super(code, 413, message);
  }
}

export class TooManyRequests extends AppError {
  constructor(message: string, code = 'rate_limited') {
    super(code, 429, message);
  }
}

export class Unavailable extends AppError {
  constructor(message: string, code = 'unavailable') {
    super(code, 503, message);
  }
}

/** SQLSTATE classes and driver codes that mean the database cannot be reached now (not that the query was wrong). */
const UNREACHABLE_SQLSTATE = /^(08|57P0[123]|53300)/;
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', 'CONNECT_TIMEOUT']);

/**
 * Whether an error (or any error it wraps) says the database is unreachable: a restart
 * ("terminating connection due to administrator command"), refused connections, a dropped socket.
 * Such a request is refused with 503 and Retry-After, never a 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNREACHABLE_SQLSTATE.test(code) || UNREACHABLE_CODES.has(code))) return true;
    const message = (e as { message?: unknown }).message;
    // (55000 with this message: the database is closed to new connections, as during maintenance.)
    if (typeof message === 'string' && /Connection terminated|connection is closed|Client has encountered a connection error|not currently accepting connections|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i.test(message)) return true;
  }
  return false;
}
