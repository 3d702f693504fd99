/** The field errors of a refused request, each with the field it concerns named in words. */
import { useI18n } from '../ctx.js';
import { pointerWords } from './fieldWords.js';
import type { problemErrors } from '../../api.js';

export function ProblemList({ errors }: { errors: ReturnType<typeof problemErrors> }) {
  const { t } = useI18n();
  return (
    <ul class="problem-list">
      {errors.map((e, i) => {
        // An import's errors point into its list of cases: "/cases/0/case/jurisdiction" is the first case's country.
        const n = /^\/cases\/(\d+)/.exec(e.pointer);
        const field = pointerWords(e.pointer.replace(/^\/cases\/\d+/, ''), t);
        const where = n ? t('w.pair', { a: t('w.importCase', { n: Number(n[1]) + 1 }), b: field }) : field;
        return <li key={i}>{e.pointer ? t('w.pair', { a: where, b: e.message }) : e.message}</li>;
      })}
    </ul>
  );
}
