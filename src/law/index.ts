/** One accessor for the law by date: which version of an article was in force on a legal day. */
import { ARTICLES } from './catalogue.js';
import type { Article, ArticleVersion } from './types.js';

const BY_ID: ReadonlyMap<string, Article> = new Map(ARTICLES.map((a) => [a.id, a as Article]));

export function article(id: string): Article {
  const a = BY_ID.get(id);
  if (!a) throw new Error(`unknown article ${id}`);
  return a;
}

export function allArticles(): readonly Article[] {
  return ARTICLES as readonly Article[];
}

/** The version in force on `day`, or the nearest one when the day falls outside the article's life. */
export function versionAt(a: Article, day: string): ArticleVersion {
  const v = a.versions.find((x) => x.from <= day && (x.to === null || x.to >= day));
  if (v) return v;
  return day < a.versions[0]!.from ? a.versions[0]! : a.versions[a.versions.length - 1]!;
}

export function inForce(a: Article, day: string): ArticleVersion | null {
  return a.versions.find((x) => x.from <= day && (x.to === null || x.to >= day)) ?? null;
}

function frDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

const VERSION_OF = { fr: 'version du', en: 'version of', nl: 'versie van' } as const;

/** Values by article, day and variant, as nested maps: a case's day strings are reused, and their hashes with them. */
class Memo<V> {
  private readonly root = new Map<string, Map<string, Map<string, V>>>();
  private size = 0;

  get(id: string, day: string, variant: string, make: () => V): V {
    let byDay = this.root.get(id);
    if (!byDay) this.root.set(id, (byDay = new Map()));
    let byVariant = byDay.get(day);
    if (!byVariant) byDay.set(day, (byVariant = new Map()));
    let v = byVariant.get(variant);
    if (v === undefined) {
      if (++this.size > 50_000) {
        this.root.clear();
        this.size = 0;
      }
      v = make();
      byVariant.set(variant, v);
    }
    return v;
  }
}

const CITES = new Memo<string>();

/** "CMF L133-19 IV (version du 13/01/2018, ord. n° 2017-1252 du 9 août 2017)": the version in force on `day`. */
export function cite(id: string, day: string, paragraph?: string, lang: keyof typeof VERSION_OF = 'fr'): string {
  return CITES.get(id, day, paragraph === undefined ? lang : `${lang}|${paragraph}`, () => citeNow(id, day, paragraph, lang));
}

function citeNow(id: string, day: string, paragraph: string | undefined, lang: keyof typeof VERSION_OF): string {
  const a = article(id);
  const v = versionAt(a, day);
  const para = paragraph ? ` ${paragraph}` : '';
  return `${a.short} ${a.number}${para} (${VERSION_OF[lang]} ${frDate(v.from)}, ${v.enactedBy})`;
}

/** The article reference a trace entry carries: id, version (its first day) and paragraph. */
export interface Reference {
  readonly citation: string;
  readonly article: { readonly id: string; readonly version: string; readonly paragraph?: string };
}

const REFERENCES = new Memo<Reference>();

export function reference(id: string, day: string, paragraph?: string): Reference {
  return REFERENCES.get(id, day, paragraph ?? '', () => {
    const version = versionAt(article(id), day).from;
    return Object.freeze({ citation: cite(id, day, paragraph), article: Object.freeze(paragraph ? { id, version, paragraph } : { id, version }) });
  });
}
