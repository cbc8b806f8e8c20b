// Recognising "the shell is not in this image" from each runtime's way of saying it, and only that.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayBeStartupError, shellWasMissing } from '../../../../../client/src/models/exec/missingShell';

const OCI =
  'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\r\n';

describe('shellWasMissing', () => {
  it('recognises the OCI error printed on stdout with exit code 126 (Docker, the test server)', () => {
    assert.equal(shellWasMissing({ exitCode: 126, message: 'command terminated with non-zero exit code: ... exit code 126' }, OCI), true);
  });

  it("recognises containerd's InternalError status that names the missing executable", () => {
    const message = `Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "abc": ${OCI.trim()}`;
    assert.equal(shellWasMissing({ exitCode: -1, message }, ''), true);
  });

  it('recognises a Windows container without PowerShell', () => {
    assert.equal(
      shellWasMissing({ exitCode: -1, message: 'hcs::System::CreateProcess: powershell: The system cannot find the file specified.' }, ''),
      true,
    );
  });

  it('treats 126/127 with nothing printed as a missing shell', () => {
    assert.equal(shellWasMissing({ exitCode: 127 }, ''), true);
  });

  it('does not blame the shell for other failures', () => {
    assert.equal(shellWasMissing({ exitCode: 0 }, ''), false);
    assert.equal(shellWasMissing({ exitCode: 1 }, ''), false);
    assert.equal(shellWasMissing({ exitCode: -1, message: 'the connection closed before the command finished' }, ''), false);
    assert.equal(shellWasMissing({ exitCode: 127 }, 'sh: 1: nope: Permission denied\n'), false);
  });
});

describe('mayBeStartupError', () => {
  it('holds empty output and output that starts like a runtime error', () => {
    assert.equal(mayBeStartupError(''), true);
    assert.equal(mayBeStartupError('OCI runtime exec failed: exec fa'), true);
  });

  it("lets prompts and a command's own errors through", () => {
    assert.equal(mayBeStartupError('root@web:/# '), false);
    assert.equal(mayBeStartupError('ls: /nope: No such file or directory\n'), false);
    assert.equal(mayBeStartupError(`${OCI}${'x'.repeat(3000)}`), false);
  });
});
