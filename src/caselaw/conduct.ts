/**
 * The catalogue of conduct facts (spec `conduct[].fact`) and what each is worth in the reasoning
 * on gross negligence, with the decisions that treat it. A fact says what happened; its weight
 * comes from the case law cited here (../shared/law/fr.md §D factor list, be-eu.md C.4).
 */
import type { ConductFact } from '../case/vocabulary.js';
import { PRECEDENTS, type Precedent } from './precedents.js';

export type Role =
  /** A breach of the duty to keep the security data safe or to notify (L133-16/17, VII.30/38, PSD2 69). */
  | 'ground'
  /** Makes a contextual ground serious: the signs a normally attentive user would notice. */
  | 'aggravating'
  /** A circumstance that explains how a prudent person was deceived. */
  | 'mitigating'
  /** Held imprudent at most, not grossly negligent, by the decisions cited. */
  | 'not_gross'
  /** The payer's own fraud: a separate rule, not negligence. */
  | 'fraud';

export interface FactEntry {
  fact: ConductFact;
  role: Role;
  /** For grounds: `strong` establishes gross negligence on its own; `contextual` counts `weight` points. */
  strength?: 'strong' | 'contextual';
  /** Points for contextual grounds and aggravating facts, or points removed by mitigating ones. */
  weight: number;
  /** The duty breached, for the citation. */
  duty?: 'safekeeping' | 'notification';
  /** Why, in the case law's words (FR/NL/EN). */
  reason: { fr: string; nl: string; en: string };
  /** Decisions relied on beyond the case-law records (court, date, number). */
  authorities: readonly string[];
}

/** Points at which contextual grounds establish gross negligence, or make it arguable. */
export const THRESHOLD = { established: 3, arguable: 2 } as const;

export const CONDUCT: Readonly<Record<ConductFact, FactEntry>> = {
  pin_written_with_card: {
    fact: 'pin_written_with_card', role: 'ground', strength: 'strong', weight: 3, duty: 'safekeeping',
    reason: {
      fr: "noter le code sous une forme aisément reconnaissable avec la carte est l'exemple légal de négligence grave",
      nl: 'de pincode in herkenbare vorm bij de kaart noteren is het wettelijke voorbeeld van grove nalatigheid',
      en: 'noting the PIN in a recognisable form with the card is the statutory example of gross negligence',
    },
    authorities: ['loi 10.12.2009 art. 37 § 3', 'PSD2 considérant 72', 'Cass. com. 16 oct. 2012'],
  },
  pin_disclosed: {
    fact: 'pin_disclosed', role: 'ground', strength: 'strong', weight: 3, duty: 'safekeeping',
    reason: { fr: 'communiquer son code confidentiel à un tiers', nl: 'de pincode aan een derde meedelen',
      en: 'giving the PIN to a third party' },
    authorities: [],
  },
  card_entrusted_to_other: {
    fact: 'card_entrusted_to_other', role: 'ground', strength: 'strong', weight: 3, duty: 'safekeeping',
    reason: { fr: 'remettre volontairement sa carte ou son code à un tiers', nl: 'de kaart of de code vrijwillig aan een ander afgeven',
      en: 'handing the card or code to another person' },
    authorities: [],
  },
  late_notification: {
    fact: 'late_notification', role: 'ground', strength: 'strong', weight: 3, duty: 'notification',
    reason: {
      fr: "ne pas avoir informé sans tarder la banque aux fins de blocage (manquement à l'obligation de notification)",
      nl: 'de bank niet onverwijld op de hoogte brengen om de kaart te blokkeren (schending van de kennisgevingsplicht)',
      en: 'not notifying the bank without undue delay for blocking (breach of the notification duty)',
    },
    authorities: ['loi 10.12.2009 art. 37 § 3', 'CJUE 1er août 2025, C-665/23 (Veracash)'],
  },
  card_left_accessible: {
    fact: 'card_left_accessible', role: 'ground', strength: 'strong', weight: 3, duty: 'safekeeping',
    reason: {
      fr: "laisser la carte sans surveillance là où des tiers y ont librement accès",
      nl: 'de kaart onbeheerd achterlaten waar derden er vrij bij kunnen',
      en: 'leaving the card unattended where third parties have free access',
    },
    authorities: ['CA Bruxelles 23 juin 2011 (chambre d\'hôtel)', 'Cass. com. 16 oct. 2012'],
  },
  card_data_disclosed_phishing: {
    fact: 'card_data_disclosed_phishing', role: 'ground', strength: 'contextual', weight: 1, duty: 'safekeeping',
    reason: {
      fr: "répondre à un hameçonnage n'est une négligence grave que si le message portait des indices qu'un utilisateur normalement attentif aurait relevés",
      nl: 'op phishing antwoorden is slechts grove nalatigheid als het bericht tekenen droeg die een normaal oplettende gebruiker zou opmerken',
      en: 'answering a phishing message is gross negligence only if it bore signs a normally attentive user would notice',
    },
    authorities: ['Cass. com. 25 oct. 2017, n° 16-11.644', 'Cass. com. 28 mars 2018, n° 16-20.018', 'Cass. com. 3 oct. 2018, n° 17-21.395'],
  },
  otp_disclosed: {
    fact: 'otp_disclosed', role: 'ground', strength: 'contextual', weight: 2, duty: 'safekeeping',
    reason: {
      fr: "communiquer un code à usage unique à un tiers, appréciée selon les circonstances de la manœuvre",
      nl: 'een eenmalige code aan een derde meedelen, beoordeeld naar de omstandigheden van de misleiding',
      en: 'giving a one-time code to a third party, weighed against the circumstances of the deception',
    },
    authorities: ['CA Antwerpen 28 nov. 2024', 'Cass. com. 30 août 2023, n° 22-11.707'],
  },
  payer_validated_operation: {
    fact: 'payer_validated_operation', role: 'ground', strength: 'contextual', weight: 1, duty: 'safekeeping',
    reason: {
      fr: "valider soi-même l'opération en la croyant autre chose, appréciée selon la crédibilité de la manœuvre",
      nl: 'de verrichting zelf bevestigen in de overtuiging dat het iets anders was, beoordeeld naar de geloofwaardigheid van de misleiding',
      en: 'validating the operation oneself believing it was something else, weighed against how credible the deception was',
    },
    authorities: ['Cass. com. 23 oct. 2024, n° 23-16.267', 'Cass. com. 12 juin 2025, n° 24-13.777'],
  },
  device_or_sim_compromised: {
    fact: 'device_or_sim_compromised', role: 'ground', strength: 'contextual', weight: 1, duty: 'safekeeping',
    reason: {
      fr: "avoir laissé prendre le contrôle de son téléphone, de sa ligne ou de son ordinateur",
      nl: 'de telefoon, de simkaart of de computer laten overnemen',
      en: 'letting the phone, SIM or computer be taken over',
    },
    authorities: ['Cass. com. 25 oct. 2017, n° 16-11.644'],
  },
  phishing_obvious_signs: {
    fact: 'phishing_obvious_signs', role: 'aggravating', weight: 2,
    reason: {
      fr: "le message portait des anomalies qu'un utilisateur normalement attentif aurait relevées",
      nl: 'het bericht vertoonde afwijkingen die een normaal oplettende gebruiker zou opmerken',
      en: 'the message bore anomalies a normally attentive user would have noticed',
    },
    authorities: ['Cass. com. 28 mars 2018, n° 16-20.018', 'Cass. com. 1er juil. 2020, n° 18-21.487'],
  },
  caller_impersonated_bank: {
    fact: 'caller_impersonated_bank', role: 'mitigating', weight: 1,
    reason: {
      fr: "l'escroc se faisait passer pour la banque, scénario qui abaisse la vigilance d'un utilisateur prudent",
      nl: 'de oplichter deed zich voor als de bank, een scenario dat de waakzaamheid van een voorzichtige gebruiker verlaagt',
      en: 'the fraudster posed as the bank, a scenario that lowers a prudent user\'s guard',
    },
    authorities: ['Cass. com. 23 oct. 2024, n° 23-16.267'],
  },
  caller_id_spoofed: {
    fact: 'caller_id_spoofed', role: 'mitigating', weight: 2,
    reason: {
      fr: "l'appel ou le SMS affichait le vrai numéro ou le fil de la banque",
      nl: 'de oproep of de sms toonde het echte nummer of de echte berichtendraad van de bank',
      en: "the call or SMS showed the bank's genuine number or thread",
    },
    authorities: ['Cass. com. 23 oct. 2024, n° 23-16.267', 'Cass. com. 12 juin 2025, n° 24-13.777'],
  },
  same_pin_multiple_cards: {
    fact: 'same_pin_multiple_cards', role: 'not_gross', weight: 0,
    reason: { fr: 'un même code pour plusieurs cartes est au plus une imprudence', nl: 'eenzelfde pincode voor meerdere kaarten is hoogstens onvoorzichtigheid',
      en: 'one PIN for several cards is imprudence at most' },
    authorities: [],
  },
  pin_easily_guessable: {
    fact: 'pin_easily_guessable', role: 'not_gross', weight: 0,
    reason: {
      fr: 'un code tiré de la date de naissance laisse de nombreuses combinaisons : imprudence, non négligence grave',
      nl: 'een pincode afgeleid van de geboortedatum laat veel combinaties open: onvoorzichtigheid, geen grove nalatigheid',
      en: 'a PIN drawn from the birth date leaves many combinations: imprudence, not gross negligence',
    },
    authorities: ['Ombudsfin 20 juin 2017, 2016.3121'],
  },
  pin_shoulder_surfed: {
    fact: 'pin_shoulder_surfed', role: 'not_gross', weight: 0,
    reason: {
      fr: "un code observé par le voleur n'est une négligence grave que si le titulaire l'a tapé en se sachant observé",
      nl: 'een door de dief afgekeken pincode is slechts grove nalatigheid als de houder hem intikte terwijl hij wist dat hij bekeken werd',
      en: 'a PIN watched by the thief is gross negligence only if the holder typed it knowing he was watched',
    },
    authorities: ['Comm. Mons 28 avril 2011'],
  },
  card_in_locked_vehicle: {
    fact: 'card_in_locked_vehicle', role: 'not_gross', weight: 0,
    reason: { fr: "une carte dans un véhicule fermé à clé n'est pas une négligence grave", nl: 'een kaart in een afgesloten wagen is geen grove nalatigheid',
      en: 'a card in a locked vehicle is not gross negligence' },
    authorities: ['Cass. com. 21 sept. 2010'],
  },
  // Spec additions of 4 December 2026: accepted and shown; weighed by the doctrine rules of issue 20.
  card_taken_in_presence: {
    fact: 'card_taken_in_presence', role: 'not_gross', weight: 0,
    reason: { fr: "une carte dérobée en présence du titulaire relève au plus de l'imprudence", nl: 'een kaart die in het bijzijn van de houder wordt weggenomen, is hoogstens onvoorzichtigheid',
      en: "a card taken in the holder's presence is at most imprudence" },
    authorities: [],
  },
  caller_knew_account_data: {
    fact: 'caller_knew_account_data', role: 'mitigating', weight: 0,
    reason: { fr: "l'escroc connaissait précisément les comptes du titulaire", nl: 'de oplichter kende de rekeningen van de houder precies',
      en: "the fraudster knew the holder's accounts precisely" },
    authorities: [],
  },
  victim_initiated_contact: {
    fact: 'victim_initiated_contact', role: 'aggravating', weight: 0,
    reason: { fr: "le titulaire a lui-même appelé le numéro de l'escroc", nl: 'de houder belde zelf het nummer van de oplichter',
      en: "the holder called the fraudster's number himself" },
    authorities: [],
  },
  code_message_stated_operation: {
    fact: 'code_message_stated_operation', role: 'aggravating', weight: 0,
    reason: { fr: "le message ou l'écran indiquait l'opération validée", nl: 'het bericht of scherm vermeldde de bevestigde verrichting',
      en: 'the code message or app screen stated the operation being validated' },
    authorities: [],
  },
  code_message_warned: {
    fact: 'code_message_warned', role: 'aggravating', weight: 0,
    reason: { fr: 'le message avertissait de ne jamais communiquer le code', nl: 'het bericht waarschuwde de code nooit door te geven',
      en: 'the code message warned never to share the code' },
    authorities: [],
  },
  payer_fraud: {
    fact: 'payer_fraud', role: 'fraud', weight: 0,
    reason: { fr: "l'agissement frauduleux du payeur lui-même", nl: 'de eigen fraude van de betaler',
      en: "the payer's own fraud" },
    authorities: [],
  },
};

/** Decided cases of the same jurisdiction that treat the fact, with its standing there and what they decided on gross negligence. */
type Treated = { precedent: Precedent; status: string; grossNegligence: boolean | null };
const TREATING = new Map<string, readonly Treated[]>();

export function precedentsFor(fact: ConductFact, jurisdiction: 'FR' | 'BE'): readonly Treated[] {
  const key = `${jurisdiction}:${fact}`;
  let out = TREATING.get(key) as Treated[] | undefined;
  if (out) return out;
  out = [];
  TREATING.set(key, out);
  for (const p of PRECEDENTS) {
    if (p.jurisdiction !== jurisdiction) continue;
    const f = p.facts.find((x) => x.fact === fact);
    if (f) out.push({ precedent: p, status: f.status, grossNegligence: p.gross_negligence });
  }
  return out;
}
