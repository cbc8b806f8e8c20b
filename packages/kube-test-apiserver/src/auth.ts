// Authentication (bearer tokens, client certificates) and a simple authorizer that allows
// everything except the (user, verb, resource, namespace) combinations and the non-resource
// paths (user, verb, path) a test forbids.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

export interface UserInfo {
  readonly name: string;
  readonly groups: readonly string[];
}

interface TokenEntry {
  readonly user: UserInfo;
  readonly expires?: number;
}

export interface ResourceRule {
  readonly user: string;
  readonly verb: string;
  /** `pods`, or `pods/exec` for a subresource. */
  readonly resource: string;
  readonly namespace?: string;
}

/** A non-resource URL (`/openapi/v3`, or `/openapi/v3/*` for everything below it), as RBAC's nonResourceURLs. */
export interface PathRule {
  readonly user: string;
  readonly verb: string;
  readonly path: string;
}

export type ForbidRule = ResourceRule | PathRule;

function isPathRule(rule: ForbidRule): rule is PathRule {
  return 'path' in rule;
}

function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

export class Authenticator {
  private readonly tokens = new Map<string, TokenEntry>();

  addToken(token: string, user: string, groups: readonly string[] = ['system:authenticated'], expires?: Date): void {
    const entry: TokenEntry = expires ? { user: { name: user, groups }, expires: expires.getTime() } : { user: { name: user, groups } };
    this.tokens.set(token, entry);
  }

  revokeToken(token: string): void {
    this.tokens.delete(token);
  }

  authenticate(req: IncomingMessage): UserInfo | undefined {
    const header = req.headers.authorization;
    if (typeof header === 'string' && header.startsWith('Bearer ')) {
      const entry = this.tokens.get(header.slice('Bearer '.length).trim());
      if (!entry) return undefined;
      if (entry.expires !== undefined && entry.expires <= Date.now()) return undefined;
      return entry.user;
    }
    const socket = req.socket as TLSSocket;
    if (socket.authorized && typeof socket.getPeerCertificate === 'function') {
      const cert = socket.getPeerCertificate();
      const subject = cert.subject as unknown as Record<string, string | string[] | undefined> | undefined;
      const cn = subject?.CN;
      const org = subject?.O;
      const name = Array.isArray(cn) ? cn[0] : cn;
      if (name) {
        const groups = Array.isArray(org) ? org : org ? [org] : [];
        return { name, groups: [...groups, 'system:authenticated'] };
      }
    }
    return undefined;
  }
}

export class Authorizer {
  private rules: ForbidRule[] = [];

  /** Makes a request forbidden until the returned function is called. */
  forbid(rule: ForbidRule): () => void {
    this.rules.push(rule);
    return () => {
      this.rules = this.rules.filter((r) => r !== rule);
    };
  }

  allowed(user: UserInfo, verb: string, resource: string, namespace: string | undefined): boolean {
    return !this.rules.some(
      (r) =>
        !isPathRule(r) &&
        r.user === user.name &&
        r.verb === verb &&
        r.resource === resource &&
        (r.namespace === undefined || r.namespace === namespace),
    );
  }

  allowedPath(user: UserInfo, verb: string, path: string): boolean {
    return !this.rules.some((r) => isPathRule(r) && r.user === user.name && r.verb === verb && pathMatches(r.path, path));
  }
}
