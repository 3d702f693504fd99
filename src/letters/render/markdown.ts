/** A letter as Markdown: every text escaped, so nothing from the case file becomes markup. */
import type { Block, Letter } from '../model.js';

/** Inline markup characters, escaped wherever they stand. */
const inline = (s: string) => s.replace(/([\\`*_[\]<>|~])/g, '\\$1');
/** Text that starts a block: also a heading, quote or list marker at its start ("# ", "> ", "- ", "1. "). */
const escape = (s: string) =>
  inline(s)
    .replace(/^(\s*)(#|>|[-+](?=\s))/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
const cell = (s: string) => inline(s).replace(/\n/g, ' ');

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `## ${escape(b.text)}`;
    case 'paragraph':
      return escape(b.text);
    case 'list':
      return b.items.map((item, i) => `${b.numbered ? `${i + 1}.` : '-'} ${escape(item)}`).join('\n');
    case 'table':
      return [
        `| ${b.header.map(cell).join(' | ')} |`,
        `| ${b.align.map((a) => (a === 'right' ? '---:' : ':---')).join(' | ')} |`,
        ...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'signature':
      return b.lines.map(escape).join('  \n');
  }
}

export function renderMarkdown(letter: Letter): string {
  const parts = [
    letter.sender.map(escape).join('  \n'),
    letter.recipient.map(escape).join('  \n'),
    escape(letter.dateLine),
    `**${escape(letter.subject)}**${letter.references.length ? '  \n' + letter.references.map(escape).join('  \n') : ''}`,
    ...letter.blocks.map(block),
    `---\n${escape(letter.footer)}`,
  ];
  return parts.join('\n\n') + '\n';
}
