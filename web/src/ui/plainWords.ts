/**
 * The engine's texts made readable for a victim or a caseworker: facts relied on told in words
 * instead of JSON pointers and codes, the features a precedent shares with the case translated,
 * references to the project's research files removed, citations with local dates and, in Dutch and
 * English, without the French act title.
 */
import type { Lang } from '../money.js';
import type { Translate } from '../i18n/index.js';
import { hasMessage } from '../i18n/index.js';
import { formatDate } from '../dates.js';
import { pointerWords, valueWords } from './desk/fieldWords.js';

const label = (t: Translate, key: string, fallback = ''): string => (hasMessage(key) ? t(key) : fallback);

/** A fact's label with its standing: "Le code était noté… (allégué)". */
function factWords(t: Translate, fact: string, status: string): string {
  const f = label(t, `cw.fact.${fact}`, label(t, `fact.${fact}`));
  const s = status.split(',').map((x) => label(t, `standing.${x.trim().replace(/^here /, '')}`)).filter(Boolean).join(', ');
  return f ? (s ? `${f} (${s})` : f) : '';
}

/** One "fact relied on" of the trace ("/transactions/0/at = …", "/conduct/0 = fact (status)", "assumption x = y", "precedent …"), in words; '' when it cannot be told. */
export function becauseWords(b: string, t: Translate, lang: Lang, caseFile?: { conduct?: { fact: string }[] }): string {
  let m = /^\/conduct\/\d+ = ([a-z_]+) \(([^)]+)\)$/.exec(b);
  if (m) return factWords(t, m[1]!, m[2]!);
  m = /^(\/[^ ]+) = (.*)$/.exec(b);
  if (m) {
    const value: unknown = m[2] === 'null' ? null : m[2] === 'true' ? true : m[2] === 'false' ? false : m[2];
    return t('w.pair', { a: pointerWords(m[1]!, t, caseFile), b: valueWords(value === null ? t('dontKnow') : value, m[1]!, { t, lang }) });
  }
  m = /^assumption ([a-z_]+) = (.+)$/.exec(b);
  if (m) return t('because.assumption');
  m = /^precedent (.+)$/.exec(b);
  if (m) return t('because.precedent', { citation: citationText(m[1]!, lang) });
  return /[a-z]+_[a-z]+|\/[a-z]/.test(b) ? '' : b;
}

/** A feature a precedent shares with the case ("jurisdiction BE", "fact x (alleged)", "incident theft", "authentication pin", "amount of the same order"), in words. */
export function matchedWords(feature: string, t: Translate): string {
  let m = /^jurisdiction (FR|BE)$/.exec(feature);
  if (m) return label(t, `jurisdiction.${m[1]}`);
  m = /^fact ([a-z_]+) \(([^)]+)\)$/.exec(feature);
  if (m) return factWords(t, m[1]!, m[2]!);
  m = /^incident ([a-z_]+)$/.exec(feature);
  if (m) return label(t, `incident.${m[1]}`);
  m = /^authentication ([a-z_]+)$/.exec(feature);
  if (m) return label(t, `auth.${m[1]}`);
  if (feature === 'amount of the same order') return t('matched.amount');
  return '';
}

/** Removes the references to the project's research notes ("fr.md R-PEN-3", "be-eu.md A.6"); an "UNCERTAIN" among them is kept in words. */
export function withoutResearchRefs(text: string, t: Translate): string {
  const uncertain = /^(INCERTAIN|UNCERTAIN|ONZEKER)$/;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('(', i);
    if (open < 0) {
      out += text.slice(i);
      break;
    }
    let depth = 0;
    let close = open;
    for (; close < text.length; close++) {
      if (text[close] === '(') depth++;
      else if (text[close] === ')' && --depth === 0) break;
    }
    const inner = text.slice(open + 1, close);
    out += text.slice(i, open);
    if (/\.md\b/.test(inner)) {
      const parts = inner.split(/[,;]\s*/).map((p) => p.trim()).filter((p) => !/\.md\b/.test(p) && !/^\(?[a-z]\)? ?\d*$/.test(p));
      const kept = parts.map((p) => (uncertain.test(p) ? t('result.uncertain') : p));
      out = kept.length ? `${out}(${kept.join(', ')})` : out.replace(/\s+$/, '');
    } else out += `(${inner})`;
    i = close + 1;
  }
  // References left in the running text: "fr.md A.5 étape 8 et be-eu.md A.6 laissent…".
  return out
    .replace(/\s*\b[\w-]+\.md(?:\s+(?:[A-Z](?:\.\d+)?|R-[A-Z0-9-]+|\d+|étape|step|stap))*/g, '')
    .replace(/:\s*(?:et|and|en)\s+/g, ': ')
    .replace(/\s+([,.;])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A citation as lawyers of the language write it: local dates; in Dutch and English the version in words and no French act title. */
export function citationText(citation: string, lang: Lang): string {
  let c = citation.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (d) => formatDate(d, lang));
  // Some records carry a research remark in English in brackets ("link between this number and … inferred"): not for French or Dutch readers.
  if (lang !== 'en') c = c.replace(/\s*\((?:[^()]*\b(?:the|and|between|inferred|from|link)\b[^()]*)\)?/g, '').trim();
  if (lang === 'fr') return c;
  const version = lang === 'nl' ? 'versie van' : 'version of';
  // "(version du 01/04/2010, loi du 10 décembre 2009 relative aux services de paiement)" → "(versie van 01/04/2010)".
  c = c.replace(/\(version du ([^,()]+)(?:,[^()]*(?:\([^()]*\)[^()]*)*)?\)/g, `(${version} $1)`);
  if (lang === 'nl') c = c.replace(/\bloi (\d)/g, 'wet $1').replace(/\bCDE\b/g, 'WER');
  return c;
}

