// What the VS Code client and the language server agree on, in one place both import: settings,
// languages and severities, Podwright's own notifications and commands, and how messages are
// written as plain text. No dependencies, so either side (and the CLI) may import it.
export * from './commands';
export * from './customSchemas';
export * from './plainMessages';
export * from './settings';
export * from './koreanParticles';
