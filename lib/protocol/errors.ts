// Stable error codes a client can switch on, and the error type services throw.
export const errorCodes = [
  'INVALID_PAYLOAD',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'OUT_OF_STOCK',
  'CART_EMPTY',
  'CART_CHANGED',
  'RATE_LIMITED',
  /** A per-business count limit (labels, quick replies) is reached. */
  'LIMIT_REACHED',
  'UPGRADE_REQUIRED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface PayloadIssue {
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: PayloadIssue[];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: PayloadIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** Turns any thrown value into an error body; internal details never leave the server. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.issues && { issues: error.issues }),
    };
  }
  return { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' };
}
