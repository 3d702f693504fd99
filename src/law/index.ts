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

/** "CMF L133-19 IV (version du 13/01/2018, ord. n° 2017-1252 du 9 août 2017)": the version in force on `day`. */
const CITES = new Map<string, string>();

export function cite(id: string, day: string, paragraph?: string, lang: keyof typeof VERSION_OF = 'fr'): string {
  const key = `${id}|${day}|${paragraph ?? ''}|${lang}`;
  const known = CITES.get(key);
  if (known !== undefined) return known;
  if (CITES.size > 50_000) CITES.clear();
  const text = citeNow(id, day, paragraph, lang);
  CITES.set(key, text);
  return text;
}

function citeNow(id: string, day: string, paragraph: string | undefined, lang: keyof typeof VERSION_OF): string {
  const a = article(id);
  const v = versionAt(a, day);
  const para = paragraph ? ` ${paragraph}` : '';
  return `${a.short} ${a.number}${para} (${VERSION_OF[lang]} ${frDate(v.from)}, ${v.enactedBy})`;
}

/** The article reference a trace entry carries: id, version (its first day) and paragraph. */
export function reference(id: string, day: string, paragraph?: string): { citation: string; article: { id: string; version: string; paragraph?: string } } {
  const version = versionAt(article(id), day).from;
  return { citation: cite(id, day, paragraph), article: paragraph ? { id, version, paragraph } : { id, version } };
}
