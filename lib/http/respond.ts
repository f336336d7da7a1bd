// One result shape for HTTP too: { ok: true, data } | { ok: false, error }.
import type { z } from 'zod';
import { env } from '../env';
import { isAllowedOrigin } from '../identity/origin';
import { AppError, toErrorBody, type ErrorCode } from '../protocol/errors';

const STATUS: Record<ErrorCode, number> = {
  INVALID_PAYLOAD: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  OUT_OF_STOCK: 409,
  CART_EMPTY: 409,
  CART_CHANGED: 409,
  RATE_LIMITED: 429,
  LIMIT_REACHED: 409,
  UPGRADE_REQUIRED: 426,
  INTERNAL: 500,
};

export function okResponse<T>(data: T, init?: ResponseInit): Response {
  return Response.json({ ok: true, data }, init);
}

export function errorResponse(error: unknown): Response {
  const body = toErrorBody(error);
  if (body.code === 'INTERNAL') console.error(error);
  return Response.json({ ok: false, error: body }, { status: STATUS[body.code] });
}

/** Parses a JSON request body with a schema; a bad body is an INVALID_PAYLOAD error with issues. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError('INVALID_PAYLOAD', 'The request body must be JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new AppError(
      'INVALID_PAYLOAD',
      'The request body is not valid.',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  return parsed.data;
}

/** Refuses a state-changing request sent by a page of another site. */
export function assertSameOrigin(request: Request): void {
  const { origin, host } = {
    origin: request.headers.get('origin'),
    host: request.headers.get('host'),
  };
  if (!isAllowedOrigin(origin, host, env().OBROL_ALLOWED_ORIGINS)) {
    throw new AppError('FORBIDDEN', 'Cross-site requests are not allowed.');
  }
}
