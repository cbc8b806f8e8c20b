// The images offered for a debug container: busybox first (small, with a shell and the usual
// tools), then the user's recent choices, newest first; anything else is typed in.
export const DEFAULT_DEBUG_IMAGE = 'busybox';
export const MAX_RECENT_IMAGES = 8;

export function imageChoices(recent: readonly string[]): string[] {
  return [DEFAULT_DEBUG_IMAGE, ...recent.filter((image) => image !== DEFAULT_DEBUG_IMAGE)];
}

/** The recent list after choosing `image`: it moves to the front, the oldest drop off. */
export function rememberImage(recent: readonly string[], image: string): string[] {
  return [image, ...recent.filter((i) => i !== image)].slice(0, MAX_RECENT_IMAGES);
}

export type ImageProblem = 'empty' | 'whitespace' | 'uppercase';

/** What is wrong with a typed image reference before it is sent (the registry judges the rest). */
export function imageProblem(text: string): ImageProblem | undefined {
  const image = text.trim();
  if (image === '') return 'empty';
  if (/\s/.test(image)) return 'whitespace';
  // Repository names are lower case; tags and digests may not be.
  const name = image.split('@')[0]?.replace(/:[^/]*$/, '') ?? '';
  if (/[A-Z]/.test(name)) return 'uppercase';
  return undefined;
}
