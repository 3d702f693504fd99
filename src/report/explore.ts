/** Text renderings of the exploration tools: missing facts, what-if, precedents. */
import type { Found } from '../caselaw/search.js';
import type { MissingFact } from '../engine/missingFacts.js';
import type { WhatIf } from '../engine/whatIf.js';
import { CATALOGUES, type ReportLang } from './messages.js';
import { money } from './render.js';

const QUESTIONS: Record<ReportLang, Record<string, string>> = {
  fr: {
    payer_kept_instrument: 'Aviez-vous toujours votre carte au moment des opérations ?',
    detectable_before_payment: 'Pouviez-vous vous apercevoir de la perte ou du vol avant les paiements ?',
    psp_staff_involved: "La perte est-elle due à la banque, à un de ses agents ou prestataires ?",
    notification_means_available: 'La banque offrait-elle un moyen de faire opposition à tout moment ?',
    authentication_proven: "La banque prouve-t-elle que l'opération a été authentifiée, enregistrée et comptabilisée ?",
    no_technical_deficiency_proven: "La banque prouve-t-elle l'absence de déficience technique ?",
    payer_kind: 'Le payeur est-il un consommateur ou un professionnel ?',
    consented: "Aviez-vous consenti à l'opération ?",
    sca: "La banque a-t-elle exigé une authentification forte ?",
    before_notification: "L'opération est-elle antérieure à votre opposition ?",
    authentication: "Comment l'opération a-t-elle été validée ?",
  },
  nl: {
    payer_kept_instrument: 'Had u uw kaart nog toen de verrichtingen gebeurden?',
    detectable_before_payment: 'Kon u het verlies of de diefstal vóór de betalingen opmerken?',
    psp_staff_involved: 'Is het verlies te wijten aan de bank, haar agent of haar dienstverlener?',
    notification_means_available: 'Bood de bank een middel om de kaart op elk ogenblik te blokkeren?',
    authentication_proven: 'Bewijst de bank dat de verrichting werd geauthenticeerd, geregistreerd en geboekt?',
    no_technical_deficiency_proven: 'Bewijst de bank dat er geen technische storing was?',
    payer_kind: 'Is de betaler een consument of een professional?',
    consented: 'Had u met de verrichting ingestemd?',
    sca: 'Vereiste de bank een sterke cliëntauthenticatie?',
    before_notification: 'Gebeurde de verrichting vóór uw blokkering?',
    authentication: 'Hoe werd de verrichting bevestigd?',
  },
  en: {
    payer_kept_instrument: 'Did you still have your card when the operations were made?',
    detectable_before_payment: 'Could you have noticed the loss or theft before the payments?',
    psp_staff_involved: 'Was the loss caused by the bank, its agent or its outsourcer?',
    notification_means_available: 'Did the bank offer a way to block the card at any time?',
    authentication_proven: 'Does the bank prove the operation was authenticated, recorded and booked?',
    no_technical_deficiency_proven: 'Does the bank prove there was no technical deficiency?',
    payer_kind: 'Is the payer a consumer or a professional?',
    consented: 'Had you consented to the operation?',
    sca: 'Did the bank require strong authentication?',
    before_notification: 'Was the operation made before your blocking request?',
    authentication: 'How was the operation validated?',
  },
};

export function questionText(question: string, lang: ReportLang): string {
  if (question.startsWith('conduct.'))
    return { fr: `Le fait « ${question.slice(8)} » est-il établi ?`, nl: `Is « ${question.slice(8)} » bewezen?`, en: `Is "${question.slice(8)}" established?` }[lang];
  return QUESTIONS[lang][question] ?? question;
}

export function renderMissing(list: readonly MissingFact[], lang: ReportLang): string {
  const cat = CATALOGUES[lang];
  if (!list.length) return { fr: 'Aucun fait inconnu ne peut changer le résultat.\n', nl: 'Geen enkel onbekend feit kan het resultaat veranderen.\n', en: 'No unknown fact can change the result.\n' }[lang];
  return list
    .map((m) =>
      [
        `${questionText(m.question, lang)} (${m.pointer}; ${{ fr: 'écart', nl: 'verschil', en: 'swing' }[lang]} ${money(m.swing, lang)})`,
        ...m.answers.map((a) => `  ${a.value} → ${cat.outcome[a.outcome]}, ${cat.labels.payerBears.toLowerCase()} ${money(a.payer_bears, lang)}`),
      ].join('\n'),
    )
    .join('\n') + '\n';
}

export function renderWhatIfs(list: readonly WhatIf[], lang: ReportLang): string {
  if (!list.length) return { fr: "Aucun changement d'un seul fait ne modifie le résultat.\n", nl: 'Geen enkele wijziging van één feit verandert het resultaat.\n', en: 'No single change of fact alters the result.\n' }[lang];
  return list
    .map((w) => [w.summary[lang], ...w.steps.map((s) => `  ${s.rule}${s.transaction ? ` [${s.transaction}]` : ''}: ${String(s.before)} → ${String(s.after)}`)].join('\n'))
    .join('\n') + '\n';
}

export function renderPrecedents(list: readonly Found[], lang: ReportLang): string {
  if (!list.length) return { fr: 'Aucune décision trouvée.\n', nl: 'Geen beslissing gevonden.\n', en: 'No decision found.\n' }[lang];
  const side = (b: boolean | null) => (b === null ? '—' : CATALOGUES[lang].side[b ? 'for' : 'against']);
  return list
    .map((p) => `${p.citation} — ${side(p.supports_holder)}${p.reason ? `\n  ${p.reason}` : ''}\n  (${p.matched.join('; ')})`)
    .join('\n') + '\n';
}
