/**
 * A browser sends Origin on every websocket and cross-site request; it must be the server's own
 * host or one configured in OBROL_ALLOWED_ORIGINS. Without an Origin (not a browser) it passes,
 * and the session cookie alone decides.
 */
export function isAllowedOrigin(
  origin: string | null | undefined,
  host: string | null | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (!origin) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  return originHost === host || allowedOrigins.includes(origin.replace(/\/$/, ''));
}
