/**
 * The client's address as the reverse proxy in front saw it, for `--trust-proxy`. Only the last
 * hop is read: that is the address the trusted proxy itself appended; anything left of it is the
 * client's to write.
 */
import type { IncomingMessage } from 'node:http';

export function forwardedClientAddress(request: IncomingMessage): string | undefined {
  const xff = headerValue(request.headers['x-forwarded-for']);
  const fromXff = xff?.split(',').pop()?.trim();
  if (fromXff) return fromXff;
  const forwarded = headerValue(request.headers.forwarded);
  const fromForwarded = forwarded?.split(',').pop()?.split(';').map((pair) => pair.trim()).find((pair) => /^for=/i.test(pair));
  return fromForwarded ? forwardedNode(fromForwarded.slice(4)) : request.socket.remoteAddress;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/** RFC 7239 `for=` node: `192.0.2.1`, `"192.0.2.1:4711"`, `"[2001:db8::1]:4711"`, `unknown`. */
function forwardedNode(value: string): string | undefined {
  const node = value.trim().replace(/^"|"$/g, '');
  const bracketed = /^\[([^\]]+)\]/.exec(node);
  if (bracketed) return bracketed[1];
  return node.includes('.') ? node.split(':')[0] : node === 'unknown' ? undefined : node;
}
