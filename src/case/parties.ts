/** The `parties` extension of the case file, normalised for the letters (absent parts as null or empty). */
import type { Span } from './legalDate.js';
import type { Parties } from './model.js';
import type { CaseFile } from './schema.js';

export function normalizeParties(p: CaseFile['parties'], pspName: string | null, span: (s: string | null | undefined) => Span | null): Parties {
  const party = (x: { name?: string | null | undefined; address?: string[] | undefined } | undefined) => ({ name: x?.name ?? null, address: [...(x?.address ?? [])] });
  return {
    holder: party(p?.holder),
    bank: { name: p?.bank?.name ?? pspName, address: [...(p?.bank?.address ?? [])] },
    mediator: p?.mediator ? party(p.mediator) : null,
    account: p?.account ?? null,
    card: p?.card ?? null,
    customerNumber: p?.customer_number ?? null,
    blockingReference: p?.blocking_reference ?? null,
    policeReport: p?.police_report
      ? { reference: p.police_report.reference ?? null, on: span(p.police_report.on), authority: p.police_report.authority ?? null }
      : null,
    representative: p?.representative
      ? { name: p.representative.name, address: [...(p.representative.address ?? [])], capacity: p.representative.capacity, reference: p.representative.reference ?? null }
      : null,
    place: p?.place ?? null,
    residence: p?.residence ?? null,
  };
}
