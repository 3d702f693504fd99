/** `recours law`: the articles and versions in force on a date, the regimes, and the named assumptions. */
import { lawInForce } from '../law/listing.js';

export function lawListing(at: string, jurisdiction: 'FR' | 'BE' | 'EU' | undefined, format: 'text' | 'json'): string {
  const { regimes, articles, assumptions } = lawInForce(at, jurisdiction);
  if (format === 'json')
    return JSON.stringify(
      {
        at,
        regimes,
        articles: articles.map(({ article: a, version: v }) => ({
          id: a.id, citation: `${a.short} ${a.number}`, title: a.title, version: v, last_verified_on: a.lastVerifiedOn,
        })),
        assumptions,
      },
      null,
      2,
    );
  const lines = [`Law in force on ${at}${jurisdiction ? ` (${jurisdiction})` : ''}`, '', 'Regimes:'];
  for (const r of regimes) lines.push(`  ${r.jurisdiction} ${r.id} — ${r.label.en} (${r.from} – ${r.to ?? 'in force'})`);
  lines.push('', 'Articles:');
  for (const { article: a, version: v } of articles)
    lines.push(`  ${a.id.padEnd(28)} ${a.short} ${a.number} — ${a.title.en}; version of ${v.from} (${v.enactedBy})${v.textStatus === 'verbatim' ? '' : ` [text: ${v.textStatus}]`}`);
  lines.push('', 'Named assumptions (switch with --assume name=value):');
  for (const x of assumptions) lines.push(`  ${x.name} = ${x.default} (${x.values.join(' | ')})`);
  return lines.join('\n');
}
