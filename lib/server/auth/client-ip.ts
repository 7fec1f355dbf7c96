import { isIP } from "node:net";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string | undefined {
  if (source instanceof Headers) return source.get(name) ?? undefined;
  const value = source[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's IP address for throttling, or "unknown". Takes the LAST
 * X-Forwarded-For entry: a reverse proxy appends the address it saw, while
 * earlier entries come from the client and can be forged. (Without a proxy,
 * Next.js fills the header from the socket only when the client sent none,
 * so the per-IP limit is advisory there; the per-account limit still holds.)
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for");
  const candidates = [forwarded?.split(",").at(-1), header(headers, "x-real-ip")];
  for (const candidate of candidates) {
    const ip = candidate?.trim().replace(/^::ffff:/, "");
    if (ip && ip.length <= 45 && isIP(ip)) return ip;
  }
  return "unknown";
}
