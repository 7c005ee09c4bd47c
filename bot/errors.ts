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
