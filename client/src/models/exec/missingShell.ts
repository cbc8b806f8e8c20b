// Telling "this shell is not in the image" apart from a shell that ran and failed. Runtimes say it
// in different places: the test server and Docker print the OCI error on stdout and exit with 126;
// containerd and CRI-O answer on the status channel with an InternalError that names the missing
// executable; a Windows container says the file cannot be found. Only output seen before the
// shell printed anything of its own counts, so a command failing inside a working shell never does.
import type { ExecOutcome } from '../../cluster/index';

const NOT_FOUND =
  /executable file not found|no such file or directory|cannot find the file specified|not recognized as an internal or external command/i;
const RUNTIME_PREFIX =
  /^\s*(OCI runtime|exec failed|exec: "|failed to (exec|start|create)|rpc error|error: Internal error|Internal error occurred|command error|error executing command|container_linux\.go)/i;
/** Runtime errors are one or two lines; more than this is the shell's own output. */
const MAX_ERROR_LENGTH = 2048;

/**
 * Whether text printed at the very start of a session may still be the runtime's startup error.
 * Output that cannot be one (a prompt, a banner, a command's answer) shows the shell started.
 */
export function mayBeStartupError(text: string): boolean {
  return text.length <= MAX_ERROR_LENGTH && (text.trim() === '' || RUNTIME_PREFIX.test(text));
}

/** Whether a session that ended before any output of its own failed because the shell is missing. */
export function shellWasMissing(outcome: ExecOutcome, earlyOutput: string): boolean {
  if (outcome.exitCode === 0) return false;
  const said = `${outcome.message ?? ''}\n${earlyOutput}`;
  if (NOT_FOUND.test(said)) return outcome.exitCode === 126 || outcome.exitCode === 127 || outcome.exitCode === -1;
  // 126/127 with nothing printed at all: the runtime could not start it.
  return (outcome.exitCode === 126 || outcome.exitCode === 127) && earlyOutput.trim() === '';
}
