// The version the bundles report (`--version`, serverInfo). esbuild.mjs defines PODWRIGHT_VERSION
// from package.json; code compiled by tsc alone (unit tests) has none and says so.
declare const PODWRIGHT_VERSION: string | undefined;

export const VERSION: string = typeof PODWRIGHT_VERSION === 'string' ? PODWRIGHT_VERSION : '0.0.0-dev';
