/** `recours law`: the articles and versions in force on a date, the regimes, and the named assumptions. */
import { ASSUMPTIONS, DEFAULT_ASSUMPTIONS } from '../law/assumptions.js';
import { allArticles, inForce } from '../law/index.js';
import { regimesOf } from '../law/regimes.js';

export function lawListing(at: string, jurisdiction: 'FR' | 'BE' | 'EU' | undefined, format: 'text' | 'json'): string {
  const articles = allArticles()
    .filter((a) => !jurisdiction || a.jurisdiction === jurisdiction)
    .map((a) => ({ article: a, version: inForce(a, at) }))
    .filter((x) => x.version !== null);
  const regimes = (['FR', 'BE'] as const)
    .filter((j) => !jurisdiction || j === jurisdiction)
    .flatMap((j) => regimesOf(j, DEFAULT_ASSUMPTIONS).filter((r) => r.from <= at && (r.to === null || r.to >= at)));
  if (format === 'json')
    return JSON.stringify(
      {
        at,
        regimes: regimes.map((r) => ({ id: r.id, jurisdiction: r.jurisdiction, from: r.from, to: r.to, label: r.label, franchise_cents: r.capCents })),
        articles: articles.map(({ article: a, version: v }) => ({
          id: a.id, citation: `${a.short} ${a.number}`, title: a.title, version: v, last_verified_on: a.lastVerifiedOn,
        })),
        assumptions: Object.values(ASSUMPTIONS),
      },
      null,
      2,
    );
  const lines = [`Law in force on ${at}${jurisdiction ? ` (${jurisdiction})` : ''}`, '', 'Regimes:'];
  for (const r of regimes) lines.push(`  ${r.jurisdiction} ${r.id} — ${r.label.en} (${r.from} – ${r.to ?? 'in force'})`);
  lines.push('', 'Articles:');
  for (const { article: a, version: v } of articles)
    lines.push(`  ${a.id.padEnd(28)} ${a.short} ${a.number} — ${a.title.en}; version of ${v!.from} (${v!.enactedBy})${v!.textStatus === 'verbatim' ? '' : ` [text: ${v!.textStatus}]`}`);
  lines.push('', 'Named assumptions (switch with --assume name=value):');
  for (const x of Object.values(ASSUMPTIONS)) lines.push(`  ${x.name} = ${x.default} (${x.values.join(' | ')})`);
  return lines.join('\n');
}
