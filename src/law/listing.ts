/** The law in force on a date: regimes, articles (with the version in force) and named assumptions. */
import { ASSUMPTIONS, DEFAULT_ASSUMPTIONS } from './assumptions.js';
import { allArticles, inForce } from './index.js';
import { regimesOf } from './regimes.js';
import type { Article, ArticleVersion, Jurisdiction } from './types.js';

export interface LawInForce {
  at: string;
  regimes: { id: string; jurisdiction: 'FR' | 'BE'; from: string; to: string | null; label: { fr: string; en: string; nl?: string }; franchise_cents: number }[];
  articles: { article: Article; version: ArticleVersion }[];
  assumptions: (typeof ASSUMPTIONS)[keyof typeof ASSUMPTIONS][];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** `q` keeps the articles whose id, number, title or text in force contains it (accents folded). */
export function lawInForce(at: string, jurisdiction?: Jurisdiction, q?: string): LawInForce {
  const needle = q ? fold(q) : null;
  const articles = allArticles()
    .filter((a) => !jurisdiction || a.jurisdiction === jurisdiction)
    .flatMap((a) => {
      const version = inForce(a, at);
      return version ? [{ article: a, version }] : [];
    })
    .filter(({ article: a, version: v }) => !needle || fold([a.id, a.number, a.title.fr, a.title.en, ...Object.values(v.text)].join(' ')).includes(needle));
  const regimes = (['FR', 'BE'] as const)
    .filter((j) => !jurisdiction || j === jurisdiction)
    .flatMap((j) => regimesOf(j, DEFAULT_ASSUMPTIONS).filter((r) => r.from <= at && (r.to === null || r.to >= at)))
    .map((r) => ({ id: r.id, jurisdiction: r.jurisdiction, from: r.from, to: r.to, label: r.label, franchise_cents: r.capCents }));
  return { at, regimes, articles, assumptions: Object.values(ASSUMPTIONS) };
}
