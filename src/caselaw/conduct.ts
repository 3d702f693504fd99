/**
 * The conduct facts (spec `conduct[].fact`, meanings in ../shared/caselaw/README.md): what each says
 * happened, in plain words, and on which side of the reasoning it stands. What a fact is worth is
 * not here: it is the rules of src/law/grossNegligence that decide, with their burdens.
 */
import type { ConductFact } from '../case/vocabulary.js';

export type Role =
  /** A breach of the duty to keep the instrument and its security data safe, or to notify (L133-16/17, VII.30/38, PSD2 69). */
  | 'ground'
  /** A fact the bank proves to make a breach grave, or to take an excuse away. */
  | 'aggravating'
  /** A circumstance the holder shows that excuses a breach. */
  | 'mitigating'
  /** The setting of a deception (a caller posing as the bank): the premise of the fraud, neither breach nor excuse. */
  | 'context'
  /** Imprudence at most. */
  | 'not_gross'
  /** The payer's own fraud: a separate rule, not negligence. */
  | 'fraud';

export interface FactEntry {
  fact: ConductFact;
  role: Role;
  /** What the fact says, in each report language. */
  reason: { fr: string; nl: string; en: string };
}

export const CONDUCT: Readonly<Record<ConductFact, FactEntry>> = {
  pin_written_with_card: { fact: 'pin_written_with_card', role: 'ground', reason: { fr: "noter le code sous une forme aisément reconnaissable avec la carte est l'exemple légal de négligence grave", nl: 'de pincode in herkenbare vorm bij de kaart noteren is het wettelijke voorbeeld van grove nalatigheid', en: 'noting the PIN in a recognisable form with the card is the statutory example of gross negligence', } },
  pin_disclosed: { fact: 'pin_disclosed', role: 'ground', reason: { fr: 'communiquer son code confidentiel à un tiers', nl: 'de pincode aan een derde meedelen', en: 'giving the PIN to a third party' } },
  card_entrusted_to_other: { fact: 'card_entrusted_to_other', role: 'ground', reason: { fr: 'remettre volontairement sa carte ou son code à un tiers', nl: 'de kaart of de code vrijwillig aan een ander afgeven', en: 'handing the card or code to another person' } },
  late_notification: { fact: 'late_notification', role: 'ground', reason: { fr: "ne pas avoir informé sans tarder la banque aux fins de blocage (manquement à l'obligation de notification)", nl: 'de bank niet onverwijld op de hoogte brengen om de kaart te blokkeren (schending van de kennisgevingsplicht)', en: 'not notifying the bank without undue delay for blocking (breach of the notification duty)', } },
  card_left_accessible: { fact: 'card_left_accessible', role: 'ground', reason: { fr: "laisser la carte sans surveillance là où des tiers y ont librement accès", nl: 'de kaart onbeheerd achterlaten waar derden er vrij bij kunnen', en: 'leaving the card unattended where third parties have free access', } },
  card_data_disclosed_phishing: { fact: 'card_data_disclosed_phishing', role: 'ground', reason: { fr: "les données de la carte ou les identifiants ont été communiqués en réponse à un message d'hameçonnage", nl: 'de kaartgegevens of inloggegevens werden meegedeeld in antwoord op een phishingbericht', en: 'card data or credentials were given in reply to a phishing message' } },
  otp_disclosed: { fact: 'otp_disclosed', role: 'ground', reason: { fr: 'un code à usage unique (SMS, application) a été communiqué à un tiers', nl: 'een eenmalige code (sms, app) werd aan een derde meegedeeld', en: 'a one-time code (SMS, app) was given to a third party' } },
  payer_validated_operation: { fact: 'payer_validated_operation', role: 'ground', reason: { fr: "le titulaire a validé lui-même l'opération en la croyant autre chose", nl: 'de houder bevestigde de verrichting zelf in de overtuiging dat het iets anders was', en: 'the holder validated the operation himself, believing it was something else' } },
  device_or_sim_compromised: { fact: 'device_or_sim_compromised', role: 'ground', reason: { fr: "avoir laissé prendre le contrôle de son téléphone, de sa ligne ou de son ordinateur", nl: 'de telefoon, de simkaart of de computer laten overnemen', en: 'letting the phone, SIM or computer be taken over', } },
  phishing_obvious_signs: { fact: 'phishing_obvious_signs', role: 'aggravating', reason: { fr: "le message portait des anomalies qu'un utilisateur normalement attentif aurait relevées", nl: 'het bericht vertoonde afwijkingen die een normaal oplettende gebruiker zou opmerken', en: 'the message bore anomalies a normally attentive user would have noticed', } },
  caller_impersonated_bank: { fact: 'caller_impersonated_bank', role: 'context', reason: { fr: "l'escroc se faisait passer pour la banque : c'est la prémisse de la fraude, qui n'excuse pas à elle seule", nl: 'de oplichter deed zich voor als de bank: dat is het uitgangspunt van de fraude, dat op zich niets verschoont', en: 'the fraudster posed as the bank: the premise of the fraud, which excuses nothing by itself' } },
  caller_id_spoofed: { fact: 'caller_id_spoofed', role: 'mitigating', reason: { fr: "l'appel ou le SMS affichait le vrai numéro ou le fil de la banque", nl: 'de oproep of de sms toonde het echte nummer of de echte berichtendraad van de bank', en: "the call or SMS showed the bank's genuine number or thread", } },
  same_pin_multiple_cards: { fact: 'same_pin_multiple_cards', role: 'not_gross', reason: { fr: 'un même code pour plusieurs cartes est au plus une imprudence', nl: 'eenzelfde pincode voor meerdere kaarten is hoogstens onvoorzichtigheid', en: 'one PIN for several cards is imprudence at most' } },
  pin_easily_guessable: { fact: 'pin_easily_guessable', role: 'not_gross', reason: { fr: 'un code tiré de la date de naissance laisse de nombreuses combinaisons : imprudence, non négligence grave', nl: 'een pincode afgeleid van de geboortedatum laat veel combinaties open: onvoorzichtigheid, geen grove nalatigheid', en: 'a PIN drawn from the birth date leaves many combinations: imprudence, not gross negligence', } },
  pin_shoulder_surfed: { fact: 'pin_shoulder_surfed', role: 'not_gross', reason: { fr: "un code observé par le voleur n'est une négligence grave que si le titulaire l'a tapé en se sachant observé", nl: 'een door de dief afgekeken pincode is slechts grove nalatigheid als de houder hem intikte terwijl hij wist dat hij bekeken werd', en: 'a PIN watched by the thief is gross negligence only if the holder typed it knowing he was watched', } },
  card_in_locked_vehicle: { fact: 'card_in_locked_vehicle', role: 'not_gross', reason: { fr: "une carte dans un véhicule fermé à clé n'est pas une négligence grave", nl: 'een kaart in een afgesloten wagen is geen grove nalatigheid', en: 'a card in a locked vehicle is not gross negligence' } },
  payer_fraud: { fact: 'payer_fraud', role: 'fraud', reason: { fr: "l'agissement frauduleux du payeur lui-même", nl: 'de eigen fraude van de betaler', en: "the payer's own fraud" } },
  card_taken_in_presence: { fact: 'card_taken_in_presence', role: 'not_gross', reason: { fr: 'la carte a été dérobée en présence du titulaire, dans son entourage immédiat', nl: 'de kaart werd in het bijzijn van de houder uit zijn onmiddellijke omgeving weggenomen', en: "the card was taken from the holder's immediate surroundings while he was there" } },
  caller_knew_account_data: { fact: 'caller_knew_account_data', role: 'mitigating', reason: { fr: "l'escroc connaissait précisément les comptes, le conseiller ou les dernières opérations du titulaire", nl: 'de oplichter kende de rekeningen, de adviseur of de recente verrichtingen van de houder precies', en: "the fraudster knew the holder's accounts, adviser or recent operations precisely" } },
  victim_initiated_contact: { fact: 'victim_initiated_contact', role: 'aggravating', reason: { fr: "le titulaire a lui-même contacté l'escroc, au numéro d'un faux message, d'une annonce ou d'une recherche", nl: 'de houder nam zelf contact op met de oplichter, via het nummer uit een vals bericht, een advertentie of een zoekresultaat', en: 'the holder reached the fraudster himself, at a number from a fake message, an advertisement or a search result' } },
  code_message_stated_operation: { fact: 'code_message_stated_operation', role: 'aggravating', reason: { fr: "le message du code ou l'écran de l'application disait ce qui était validé (un paiement, son montant ou son bénéficiaire, un nouveau bénéficiaire ou appareil)", nl: 'het codebericht of het appscherm zei wat werd bevestigd (een betaling, het bedrag of de begunstigde, een nieuwe begunstigde of een nieuw toestel)', en: 'the code message or app screen said what was being validated (a payment, its amount or payee, a new payee or device)' } },
  code_message_warned: { fact: 'code_message_warned', role: 'aggravating', reason: { fr: 'le message du code mettait expressément en garde (ne communiquez jamais ce code)', nl: 'het codebericht waarschuwde uitdrukkelijk (deel deze code nooit)', en: 'the code message carried an explicit warning (never share this code)' } },
};
