/** Searching the decided cases from a case page (the case's country). */
import { useState } from 'preact/hooks';
import { useI18n } from '../ctx.js';
import { TextField } from '../fields.js';
import { api } from '../../api.js';
import { citationText } from '../plainWords.js';

interface Found {
  id: string;
  citation: string;
  reason: string | null;
  supports_holder: boolean | null;
}

export function PrecedentSearch({ jurisdiction }: { jurisdiction: 'FR' | 'BE' }) {
  const { t, lang } = useI18n();
  const [pq, setPq] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  async function search(e: Event) {
    e.preventDefault();
    const p = new URLSearchParams({ q: pq, jurisdiction, limit: '10' });
    try {
      setFound((await api<{ precedents: Found[] }>('GET', `/v1/precedents?${p}`, undefined, lang)).precedents);
    } catch {
      setFound([]);
    }
  }
  return (
    <section class="result-section" aria-labelledby="psearch-title">
      <h2 id="psearch-title">{t('case.precedentSearch')}</h2>
      <form onSubmit={search} class="row">
        <TextField id="precedent-q" label={t('filter.q')} width="medium" value={pq} onInput={setPq} />
        <button type="submit" class="btn-secondary">
          {t('case.search')}
        </button>
      </form>
      {found ? (
        <ul>
          {found.map((p) => (
            <li key={p.id}>
              {citationText(p.citation, lang)} — {p.supports_holder === null ? '—' : p.supports_holder ? t('result.supports') : t('result.against')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
