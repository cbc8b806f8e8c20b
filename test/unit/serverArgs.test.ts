import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseServerArgs } from '../../server/src/serverArgs';

describe('language server command line', () => {
  it('takes one transport, as editors pass it', () => {
    assert.deepEqual(parseServerArgs(['--stdio']), { kind: 'run', transport: { kind: 'stdio' } });
    assert.deepEqual(parseServerArgs(['--node-ipc', '--clientProcessId=4242']), {
      kind: 'run',
      transport: { kind: 'node-ipc' },
      clientProcessId: 4242,
    });
    assert.deepEqual(parseServerArgs(['--socket=5007']), { kind: 'run', transport: { kind: 'socket', port: 5007 } });
    assert.deepEqual(parseServerArgs(['--socket', '5007']), { kind: 'run', transport: { kind: 'socket', port: 5007 } });
    assert.deepEqual(parseServerArgs(['--pipe=/tmp/lsp.sock']), { kind: 'run', transport: { kind: 'pipe', name: '/tmp/lsp.sock' } });
    assert.deepEqual(parseServerArgs(['--clientProcessId', '7', '--stdio']), {
      kind: 'run',
      transport: { kind: 'stdio' },
      clientProcessId: 7,
    });
  });

  it('help and version win over everything else', () => {
    for (const argv of [['--help'], ['-h'], ['--stdio', '--help'], ['--bogus', '--help']])
      assert.deepEqual(parseServerArgs(argv), { kind: 'help' }, argv.join(' '));
    for (const argv of [['--version'], ['-v'], ['-V']]) assert.deepEqual(parseServerArgs(argv), { kind: 'version' }, argv.join(' '));
  });

  it('reports what is wrong in one phrase', () => {
    const message = (argv: string[]): string => {
      const args = parseServerArgs(argv);
      assert.equal(args.kind, 'usage-error', argv.join(' '));
      return args.kind === 'usage-error' ? args.message : '';
    };
    assert.equal(message([]), 'no transport given');
    assert.equal(message(['--sdtio']), "unknown argument '--sdtio'");
    assert.equal(message(['stdio']), "unknown argument 'stdio'");
    assert.equal(message(['--socket=http']), "--socket needs a port number from 1 to 65535, not 'http'");
    assert.equal(message(['--socket=70000']), "--socket needs a port number from 1 to 65535, not '70000'");
    assert.equal(message(['--socket']), '--socket needs a value');
    assert.equal(message(['--stdio', '--node-ipc']), 'more than one transport (--node-ipc after --stdio)');
    assert.equal(message(['--clientProcessId=me', '--stdio']), "--clientProcessId needs a process id, not 'me'");
  });
});
