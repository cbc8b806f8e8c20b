// Just enough glob matching for the patterns people put in `yaml.schemas`
// (`*.yaml`, `/k8s/**/*.yml`, `{pod,deploy}*.yaml`), compiled to a RegExp.

export function globToRegExp(glob: string): RegExp {
  let source = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const char = glob.charAt(i);
    if (char === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole directories; a trailing `**` matches everything.
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '{') {
      inBraces = true;
      source += '(?:';
    } else if (char === '}' && inBraces) {
      inBraces = false;
      source += ')';
    } else if (char === ',' && inBraces) {
      source += '|';
    } else {
      source += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}
