// The server's render-on-save controller with a real helm: a newer save kills the older render,
// nothing renders without trust or with the setting off, and a notice is given once.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { loadModel } from '../../../server/src/service/schema/loadModel';
import { defaultSettings } from '../../../server/src/service/settings';
import { RenderOnSave, type RenderSettings } from '../../../server/src/render/renderOnSave';
import { distDir } from '../../helpers/service';
import { createdChart, edit, helmPath } from '../../helpers/renderTools';

const model = loadModel(distDir);

function controller(settings: Partial<RenderSettings> = {}) {
  const changes: string[][] = [];
  const notices: string[] = [];
  const render = new RenderOnSave({
    model,
    settings: () => defaultSettings('1.36'),
    changed: (uris) => changes.push([...uris]),
    notify: (message) => notices.push(message),
    folders: () => [],
    log: () => undefined,
  });
  render.configure({ onSave: true, trusted: true, helmPath: helmPath(), kubectlPath: undefined, valuesFiles: [], ...settings });
  return { render, changes, notices };
}

describe('render on save (controller)', () => {
  it('a newer save of the same chart kills the older render: its result is never published', async () => {
    const chart = createdChart();
    edit(join(chart, 'values.yaml'), 'resources: {}', 'resources:\n  limits:\n    memory: 512Mb');
    const { render, changes } = controller();
    const uri = pathToFileURL(join(chart, 'values.yaml')).href;
    const first = render.saved(uri);
    const second = render.saved(uri);
    await Promise.all([first, second]);
    assert.equal(changes.length, 1, 'one publication, from the newer render');
    assert.equal(render.diagnosticsFor(uri).length, 1);
  });

  it('renders nothing without trust or with podwright.render.onSave off, and clears what it had', async () => {
    const chart = createdChart();
    edit(join(chart, 'values.yaml'), 'resources: {}', 'resources:\n  limits:\n    memory: 512Mb');
    const uri = pathToFileURL(join(chart, 'values.yaml')).href;
    for (const settings of [{ trusted: false }, { onSave: false }]) {
      const { render, changes } = controller(settings);
      await render.saved(uri);
      assert.deepEqual(changes, []);
    }
    const { render, changes } = controller();
    await render.saved(uri);
    assert.equal(render.diagnosticsFor(uri).length, 1);
    render.configure({ onSave: true, trusted: false, helmPath: helmPath(), kubectlPath: undefined, valuesFiles: [] });
    assert.equal(render.diagnosticsFor(uri).length, 0, 'trust withdrawn: the rendered findings go');
    assert.ok(changes.at(-1)?.includes(uri));
  });

  it('a missing helm is one notice over many saves', async () => {
    const chart = createdChart();
    const { render, notices } = controller({ helmPath: join(chart, 'no-helm') });
    const uri = pathToFileURL(join(chart, 'templates', 'service.yaml')).href;
    for (let i = 0; i < 3; i++) await render.saved(uri);
    assert.equal(notices.length, 1);
  });
});
