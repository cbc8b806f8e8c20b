// The pure parts of reading a cluster's custom resource schemas: which discovery entries are custom
// group versions (k8s.io groups registered as CRDs included), the kinds a document defines, the
// built-in group list against the model, server-relative URLs, and 403s for non-resource paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BUILT_IN_GROUPS, ClusterError, customGroupVersions, customKindsOf, groupVersionsOf } from '../../../../client/src/cluster';
import { fromStatus, parseForbidden } from '../../../../client/src/cluster/classifyError';
import { serverRelative } from '../../../../client/src/cluster/transport';

const url = (key: string, hash = 'AB12'): { serverRelativeURL: string } => ({ serverRelativeURL: `/openapi/v3/${key}?hash=${hash}` });

const DISCOVERY = {
  paths: {
    '.well-known/openid-configuration': url('.well-known/openid-configuration'),
    api: url('api'),
    'api/v1': url('api/v1'),
    apis: url('apis'),
    'apis/apps': url('apis/apps'),
    'apis/apps/v1': url('apis/apps/v1'),
    'apis/networking.k8s.io/v1': url('apis/networking.k8s.io/v1'),
    'apis/gateway.networking.k8s.io/v1': url('apis/gateway.networking.k8s.io/v1', 'G1'),
    'apis/stable.example.com/v1': url('apis/stable.example.com/v1', 'C0FFEE'),
    'apis/stable.example.com/v2beta1': { serverRelativeURL: 'https://elsewhere.example.com/openapi/v3/apis/stable.example.com/v2beta1' },
    'apis/metrics.k8s.io/v1beta1': {},
    logs: url('logs'),
    'openid/v1/jwks': url('openid/v1/jwks'),
    version: url('version'),
  },
};

describe('OpenAPI v3 discovery', () => {
  it('keeps the apis/<group>/<version> entries with their URL and hash', () => {
    assert.deepEqual(
      groupVersionsOf(DISCOVERY).map((g) => [g.groupVersion, g.serverRelativeURL, g.hash]),
      [
        ['apps/v1', '/openapi/v3/apis/apps/v1?hash=AB12', 'AB12'],
        ['networking.k8s.io/v1', '/openapi/v3/apis/networking.k8s.io/v1?hash=AB12', 'AB12'],
        ['gateway.networking.k8s.io/v1', '/openapi/v3/apis/gateway.networking.k8s.io/v1?hash=G1', 'G1'],
        ['stable.example.com/v1', '/openapi/v3/apis/stable.example.com/v1?hash=C0FFEE', 'C0FFEE'],
        // Not server-relative (credentials must not go elsewhere), or missing: the standard path, no hash.
        ['stable.example.com/v2beta1', '/openapi/v3/apis/stable.example.com/v2beta1', undefined],
        ['metrics.k8s.io/v1beta1', '/openapi/v3/apis/metrics.k8s.io/v1beta1', undefined],
      ],
    );
  });

  it('reads the custom ones: CRD groups, also under k8s.io, and aggregated APIs', () => {
    assert.deepEqual(
      customGroupVersions(groupVersionsOf(DISCOVERY)).map((g) => g.groupVersion),
      ['gateway.networking.k8s.io/v1', 'stable.example.com/v1', 'stable.example.com/v2beta1', 'metrics.k8s.io/v1beta1'],
    );
  });

  it('refuses a body that is not a discovery document', () => {
    for (const body of [undefined, [], { paths: [] }, { openapi: '3.0.0' }]) {
      assert.throws(
        () => groupVersionsOf(body, { context: 'dev', server: 'https://dev' }),
        (e: unknown) => e instanceof ClusterError && e.kind === 'bad-request' && /no "paths"/.test(e.message),
      );
    }
  });

  it('knows every group the language model has as built in', () => {
    const structure = JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', '..', '..', 'server', 'src', 'service', 'schema', 'facts', 'structure.json'), 'utf8'),
    ) as { servedKinds: Record<string, unknown> };
    const groups = new Set(Object.keys(structure.servedKinds).map((gv) => (gv.includes('/') ? gv.slice(0, gv.lastIndexOf('/')) : '')));
    assert.deepEqual(
      [...groups].filter((g) => !BUILT_IN_GROUPS.has(g)),
      [],
    );
    assert.deepEqual(
      [...BUILT_IN_GROUPS].filter((g) => !groups.has(g)),
      [],
    );
  });
});

describe('custom kinds of an OpenAPI v3 document', () => {
  it('lists the kinds, not their lists, not built-in components', () => {
    const document = {
      components: {
        schemas: {
          'com.example.stable.v1.CronTab': {
            'x-kubernetes-group-version-kind': [{ group: 'stable.example.com', version: 'v1', kind: 'CronTab' }],
          },
          'com.example.stable.v1.CronTabList': {
            'x-kubernetes-group-version-kind': [{ group: 'stable.example.com', version: 'v1', kind: 'CronTabList' }],
          },
          // A kind whose name ends in List without a kind of the shorter name is a kind.
          'com.example.stable.v1.ShoppingList': {
            'x-kubernetes-group-version-kind': [{ group: 'stable.example.com', version: 'v1', kind: 'ShoppingList' }],
          },
          'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions': {
            'x-kubernetes-group-version-kind': [{ group: 'stable.example.com', version: 'v1', kind: 'DeleteOptions' }],
          },
          'com.example.stable.v1.Broken': {
            'x-kubernetes-group-version-kind': [{ group: 'stable.example.com', kind: 'Broken' }, 'nonsense'],
          },
          'com.example.stable.v1.Sneaky': { 'x-kubernetes-group-version-kind': [{ group: 'apps', version: 'v1', kind: 'Deployment' }] },
        },
      },
    };
    assert.deepEqual(
      customKindsOf(document).map((k) => k.kind),
      ['CronTab', 'ShoppingList'],
    );
    assert.deepEqual(customKindsOf({ components: {} }), []);
    assert.deepEqual(customKindsOf(null), []);
  });
});

describe('server-relative references', () => {
  it('splits path and query, and refuses other hosts', () => {
    assert.deepEqual(serverRelative('/openapi/v3/apis/stable.example.com/v1?hash=AB12'), {
      path: '/openapi/v3/apis/stable.example.com/v1',
      query: { hash: 'AB12' },
    });
    assert.deepEqual(serverRelative('/x?a=1&a=2'), { path: '/x', query: { a: ['1', '2'] } });
    assert.equal(serverRelative('//evil.example.com/openapi/v3'), undefined);
    assert.equal(serverRelative('https://evil.example.com/openapi/v3'), undefined);
    assert.equal(serverRelative('openapi/v3'), undefined);
  });
});

describe('refused non-resource paths', () => {
  it('reads the user, verb and path of a 403 for a URL', () => {
    assert.deepEqual(parseForbidden('forbidden: User "developer" cannot get path "/openapi/v3"'), {
      user: 'developer',
      verb: 'get',
      resource: '',
      group: '',
      path: '/openapi/v3',
    });
    const error = fromStatus(
      403,
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'forbidden: User "developer" cannot get path "/openapi/v3"',
        reason: 'Forbidden',
        details: {},
        code: 403,
      }),
      { context: 'dev', server: 'https://dev' },
      { method: 'GET', path: '/openapi/v3' },
    );
    assert.equal(error.kind, 'forbidden');
    assert.deepEqual(error.request, { method: 'GET', path: '/openapi/v3' });
    assert.equal(
      error.message,
      'Forbidden by context "dev" (https://dev): User "developer" may not get path /openapi/v3. Ask a cluster admin for this permission, or switch context.',
    );
  });
});
