/** Words for each fact code in French, Dutch and English, so that full-text search finds them in any of the three. */
import type { ConductFact } from '../case/vocabulary.js';

export const FACT_WORDS: Readonly<Record<ConductFact, string>> = {
  pin_written_with_card: 'code PIN noté avec la carte — pincode bij de kaart genoteerd — PIN written with the card',
  pin_disclosed: 'code confidentiel communiqué — pincode meegedeeld — PIN disclosed',
  card_data_disclosed_phishing: 'hameçonnage phishing données de carte communiquées — phishing kaartgegevens — card data disclosed phishing',
  phishing_obvious_signs: 'indices grossiers anomalies du message — duidelijke tekenen — obvious signs of phishing',
  otp_disclosed: 'code à usage unique 3D Secure SMS communiqué — eenmalige code doorgegeven — one-time code OTP disclosed',
  caller_impersonated_bank: 'faux conseiller bancaire usurpation — valse bankmedewerker — caller impersonated the bank',
  caller_id_spoofed: 'spoofing numéro usurpé de la banque — gespoofd nummer — caller ID spoofed',
  payer_validated_operation: "validation de l'opération par le payeur application — zelf bevestigd — payer validated the operation",
  card_left_accessible: 'carte laissée sans surveillance — kaart onbeheerd achtergelaten — card left accessible',
  card_in_locked_vehicle: 'carte dans un véhicule fermé à clé — kaart in afgesloten wagen — card in a locked vehicle',
  same_pin_multiple_cards: 'même code pour plusieurs cartes — zelfde pincode — same PIN for several cards',
  pin_easily_guessable: 'code date de naissance facile — geboortedatum — PIN easily guessable',
  pin_shoulder_surfed: 'code observé par le voleur — pincode afgekeken — PIN shoulder-surfed',
  late_notification: 'opposition tardive retard de notification — laattijdige kennisgeving — late notification',
  card_entrusted_to_other: 'carte remise à un tiers coursier — kaart afgegeven — card entrusted to another',
  device_or_sim_compromised: 'prise de contrôle du téléphone SIM logiciel — toestel overgenomen — device or SIM compromised',
  payer_fraud: 'fraude du payeur — fraude van de betaler — payer fraud',
  card_taken_in_presence: 'carte volée en présence du titulaire pickpocket — kaart gestolen in bijzijn zakkenroller — card taken in presence pickpocketing',
  caller_knew_account_data: "l'escroc connaissait les comptes — oplichter kende de rekeningen — caller knew account data",
  victim_initiated_contact: 'la victime a appelé le numéro — slachtoffer belde zelf — victim initiated contact',
  code_message_stated_operation: "le message indiquait l'opération — bericht vermeldde de verrichting — code message stated the operation",
  code_message_warned: 'le message avertissait de ne pas communiquer le code — bericht waarschuwde — code message warned',
};
