// The core allocation rules' inputs, taken from a generated core case (bench/generate.mjs, core:
// theft or loss of a debit card, PIN, facts proven, times exact), and the one glue all three
// implementations share: the cap is allocated once per incident, earliest operations first.
import { regimesOf } from '../../dist/law/regimes.js';
import { DEFAULT_ASSUMPTIONS } from '../../dist/law/assumptions.js';

/** The dated regimes as data, read from recours' own table: what the other engines are given. */
export const REGIMES = ['FR', 'BE'].flatMap((j) =>
  regimesOf(j, DEFAULT_ASSUMPTIONS).map((r) => ({
    jurisdiction: j, id: r.id, from: Number(r.from.replaceAll('-', '')), to: r.to ? Number(r.to.replaceAll('-', '')) : 99991231,
    capCents: r.capCents, scaRule: r.scaRule,
  })));

/** One fact set per operation: jurisdiction, legal day (YYYYMMDD), after the blocking, SCA applied, gross negligence given. */
export function factsOf(c) {
  const notified = c.notification ? Date.parse(c.notification.at) : Infinity;
  const gn = c.conduct.some((k) => k.fact === 'pin_written_with_card' && (k.status === 'proven' || k.status === 'admitted'));
  return c.transactions.map((t) => ({
    jurisdiction: c.jurisdiction,
    day: Number(t.at.slice(0, 10).replaceAll('-', '')),
    after: Date.parse(t.at) > notified,
    sca: t.sca === true,
    gn,
    cents: Math.round(Number(t.amount) * 100),
    instant: Date.parse(t.at),
  }));
}

/** The holder's share per operation from each operation's decision ('none' | 'all' | 'cap') and cap. */
export function allocateShares(facts, decisions) {
  const bears = facts.map((f, i) => (decisions[i].decision === 'all' ? f.cents : 0));
  const capped = facts.map((f, i) => i).filter((i) => decisions[i].decision === 'cap').sort((a, b) => facts[a].instant - facts[b].instant || a - b);
  let left = capped.length ? decisions[capped[0]].capCents : 0;
  for (const i of capped) {
    bears[i] = Math.min(left, facts[i].cents);
    left -= bears[i];
  }
  return bears;
}
