// Editors show diagnostic messages as plain text, so the service's markdown code spans would
// appear as literal backticks; quote them instead at the LSP boundary.

export function plainMessage(message: string): string {
  return message.replace(/`([^`\n]+)`/g, '‘$1’');
}
