// What a log session asks the server for. The first read of a follow takes the reader's tail (or
// since); a later run is read whole, its lines all new; a dropped stream resumes from the last
// line shown. A follow always asks for timestamps, to have something to resume from.
import type { LogOptions } from '../../cluster/index';

/** `tail`: the first read, as the reader asked; `whole`: a later run from its start; `resume`: from `since`. */
export type RequestKind = 'tail' | 'whole' | 'resume';

export interface ReaderChoice {
  readonly follow: boolean;
  readonly timestamps?: boolean;
  readonly tailLines?: number;
  readonly sinceSeconds?: number;
}

export type LogRequest = Omit<LogOptions, 'follow'> & { namespace: string };

export function logRequest(
  namespace: string,
  container: string,
  kind: RequestKind,
  since: string | undefined,
  reader: ReaderChoice,
): LogRequest {
  // The reader's tail or since does not apply to a resume (and sinceSeconds may not go with sinceTime).
  if (kind === 'resume' && since !== undefined) return { namespace, container, timestamps: true, sinceTime: since };
  const first = kind === 'tail';
  return {
    namespace,
    container,
    ...(reader.timestamps || reader.follow ? { timestamps: true } : {}),
    ...(first && reader.tailLines !== undefined ? { tailLines: reader.tailLines } : {}),
    ...(first && reader.sinceSeconds !== undefined ? { sinceSeconds: reader.sinceSeconds } : {}),
  };
}
