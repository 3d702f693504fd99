/** Table column widths shared by the PDF and DOCX renderers. */

/**
 * Column widths proportional to the widest content of each column, no column narrower than
 * `min` (unless the page is too narrow for that), summing exactly to `total`.
 */
export function columnWidths(natural: number[], total: number, min: number): number[] {
  const n = natural.length;
  if (n === 0) return [];
  const floor = Math.min(min, total / n);
  const want = natural.map((w) => Math.max(w, floor, 1));
  const fixed = new Array<boolean>(n).fill(false);
  const out = new Array<number>(n).fill(floor);
  for (;;) {
    const freeWant = want.reduce((s, w, i) => (fixed[i] ? s : s + w), 0);
    const freeTotal = total - fixed.reduce((s, f) => (f ? s + floor : s), 0);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      const w = ((want[i] ?? 0) / freeWant) * freeTotal;
      if (w < floor) {
        fixed[i] = true;
        changed = true;
      }
      out[i] = w;
    }
    if (!changed) break;
    for (let i = 0; i < n; i++) if (fixed[i]) out[i] = floor;
  }
  return out;
}
