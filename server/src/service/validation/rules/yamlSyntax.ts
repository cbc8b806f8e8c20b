// yaml-syntax, duplicate-key and tab-indent: problems in the YAML itself, reported on any document.
import type { Finding, Rule, RuleContext } from '../rule';

const TAB_INDENT = /^( *)\t/gm;

function checkTabs(context: RuleContext, report: (f: Finding) => void): void {
  const text = context.document.chunk.text;
  for (const match of text.matchAll(TAB_INDENT)) {
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    let end = start;
    while (text[end] === '\t' || text[end] === ' ') end++;
    report({
      code: 'tab-indent',
      severity: 'error',
      start,
      end,
      message: 'Tabs are not allowed for indentation in YAML. Indent with spaces (2 per level is usual).',
      fixes: [{ title: 'Replace tabs with spaces', edits: [{ start, end, newText: text.slice(start, end).replace(/\t/g, '  ') }], preferred: true }],
    });
  }
}

export const yamlSyntaxRule: Rule = {
  codes: ['yaml-syntax', 'duplicate-key', 'tab-indent'],
  anyDocument: true,
  check(context) {
    const { yaml, text } = context.document.chunk;
    let tabsReported = false;
    const tabs: Finding[] = [];
    checkTabs(context, (f) => tabs.push(f));
    for (const error of yaml.errors) {
      const [start, rawEnd] = error.pos;
      if (error.code === 'DUPLICATE_KEY') {
        context.report({ code: 'duplicate-key', severity: 'error', start, end: Math.max(rawEnd, start + 1), message: `Duplicate key: ${error.message.replace(/^Map keys must be unique.*$/, 'this key already appears in the same mapping')}; the later value would silently replace the earlier one.` });
        continue;
      }
      // A tab in indentation makes the parser fail; the tab-indent finding explains it better.
      if (tabs.some((t) => Math.abs(t.start - start) <= 2 || text.slice(start, rawEnd).includes('\t'))) {
        tabsReported = true;
        continue;
      }
      const end = Math.min(Math.max(rawEnd, start + 1), text.length);
      context.report({ code: 'yaml-syntax', severity: 'error', start, end: Math.max(end, start), message: `YAML syntax error: ${error.message.split('\n')[0] ?? error.message}` });
    }
    void tabsReported;
    for (const finding of tabs) context.report(finding);
  },
};
