// Placeholder until the client lands (issue: the VS Code extension).
export function activate(): void {}
export function deactivate(): void {}
