/** The law and the decided cases, as reference data: no case, no storage. */
import { z } from 'zod';
import { article, allArticles, inForce } from '../../law/index.js';
import { lawInForce } from '../../law/listing.js';
import { searchPrecedents } from '../../caselaw/search.js';
import { CONDUCT_FACTS, type ConductFact } from '../../case/vocabulary.js';
import { today } from '../../clock.js';
import { ArticleParams, ArticleQuery, LawQuery, PrecedentsQuery, ProblemSchema } from '../schemas.js';
import { problem, sendProblem } from '../problem.js';
import { requestLang } from '../lang.js';
import type { App } from '../context.js';
import type { Article, ArticleVersion } from '../../law/types.js';

const summary = (a: Article, v: ArticleVersion | null, lang: 'fr' | 'nl' | 'en') => ({
  id: a.id,
  jurisdiction: a.jurisdiction,
  source: a.source,
  citation: `${a.short} ${a.number}`,
  title: lang === 'fr' ? a.title.fr : a.title.en,
  last_verified_on: a.lastVerifiedOn,
  version: v && { from: v.from, to: v.to, enacted_by: v.enactedBy, official_id: v.officialId, text_status: v.textStatus, uncertain: v.uncertain ?? null },
});

export function referenceRoutes(app: App): void {
  app.get('/v1/law', {
    schema: { tags: ['reference'], summary: 'The articles in force on a date, the regimes and the named assumptions', querystring: LawQuery, response: { 200: z.looseObject({ at: z.string(), regimes: z.array(z.unknown()), articles: z.array(z.unknown()), assumptions: z.array(z.unknown()) }), 422: ProblemSchema } },
  }, async (req) => {
    const lang = requestLang(req);
    const at = req.query.at ?? today('Europe/Paris');
    const law = lawInForce(at, req.query.jurisdiction, req.query.q);
    return { at, regimes: law.regimes, articles: law.articles.map(({ article: a, version: v }) => summary(a, v, lang)), assumptions: law.assumptions };
  });

  app.get('/v1/law/:id', {
    schema: { tags: ['reference'], summary: 'One article with all its dated versions and their text', params: ArticleParams, querystring: ArticleQuery, response: { 200: z.looseObject({ id: z.string(), citation: z.string(), versions: z.array(z.unknown()) }), 404: ProblemSchema, 422: ProblemSchema } },
  }, async (req, reply) => {
    const lang = requestLang(req);
    if (!allArticles().some((a) => a.id === req.params.id))
      return sendProblem(reply, problem('not_found', lang, `${req.params.id}: ${{ fr: 'article inconnu (liste : GET /v1/law)', nl: 'onbekend artikel (lijst: GET /v1/law)', en: 'no such article (list: GET /v1/law)' }[lang]}`, [{ pointer: '/params/id', code: 'unknown_article', message: req.params.id, expected: 'an id from GET /v1/law' }]));
    const a = article(req.params.id);
    const at = req.query.at ?? today(a.jurisdiction === 'BE' ? 'Europe/Brussels' : 'Europe/Paris');
    return { ...summary(a, inForce(a, at), lang), at, versions: [...a.versions] };
  });

  app.get('/v1/precedents', {
    schema: { tags: ['reference'], summary: 'Search the decided cases by text and conduct facts', querystring: PrecedentsQuery, response: { 200: z.object({ precedents: z.array(z.unknown()) }), 422: ProblemSchema } },
  }, async (req, reply) => {
    const lang = requestLang(req);
    const facts = (req.query.facts ?? '').split(',').map((f) => f.trim()).filter(Boolean);
    const unknown = facts.filter((f) => !(CONDUCT_FACTS as readonly string[]).includes(f));
    if (unknown.length)
      return sendProblem(reply, problem('invalid', lang, undefined, [{ pointer: '/query/facts', code: 'unknown_fact', message: unknown.join(', '), expected: CONDUCT_FACTS.join(', ') }]));
    return { precedents: searchPrecedents({ query: req.query.q, facts: facts as ConductFact[], jurisdiction: req.query.jurisdiction, limit: req.query.limit }) };
  });
}
