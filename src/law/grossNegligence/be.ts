// The Belgian test of a deception (be_deception_test = strict, the default): the normally prudent user
// in the same concrete circumstances, read in the light of the public warning campaigns (loi 2009
// art. 37; CDE VII.36 (2014) / VII.44 (2018); ../shared/law/be-eu.md A.7, C.4; issue 20, P3).
import type { Defeater, GnRule } from './types.js';
import { CARD_DATA, DIALLED, PLAIN_MESSAGE, REMOTE } from './scope.js';

/** The loi du 10 décembre 2009, in force on 1 April 2010. */
const FROM_PSD1_BE = '2010-04-01';
/** Belgium: the bank's genuine channel displayed, or a vulnerable person (loi 2009 art. 37: « l'ensemble des circonstances de fait »). */
const SPOOFED_BE: Defeater = { fact: 'caller_id_spoofed', authorities: [], counters: [DIALLED, ...PLAIN_MESSAGE] };
const VULNERABLE: Defeater = { fact: 'payer_vulnerable', authorities: ['ombudsfin_cas_vecu'], counters: [] };

export const BE_RULES: readonly GnRule[] = [
  {
    id: 'gn.be.credentials_given', jurisdictions: ['BE'], test: 'strict', from: FROM_PSD1_BE, to: null,
    breach: ['card_data_disclosed_phishing', 'otp_disclosed', 'device_or_sim_compromised'], duty: 'safekeeping', gravity: { kind: 'per_se' },
    unless: [SPOOFED_BE, VULNERABLE],
    scope: { channels: CARD_DATA, runs: 'from_breach' },
    authorities: ['antwerpen_2023_11_02', 'antwerpen_2024_11_28', 'civ_bruxelles_2025_02_18'],
    text: {
      fr: "Selon le critère belge de l'utilisateur normalement prudent placé dans les mêmes circonstances concrètes, éclairé par les campagnes d'avertissement, répondre à un message ou un appel non sollicité par ses identifiants, ses codes de lecteur de carte ou d'application, ou laisser prendre la main sur son appareil, est en principe une négligence grave, sauf circonstances particulières établies (le canal réel de la banque affiché, une personne vulnérable).",
      nl: 'Volgens de Belgische maatstaf van de normaal voorzichtige gebruiker in dezelfde concrete omstandigheden, in het licht van de waarschuwingscampagnes, is op een ongevraagd bericht of telefoontje antwoorden met zijn inloggegevens, kaartlezer- of appcodes, of de controle over zijn toestel laten nemen, in beginsel grove nalatigheid, tenzij bijzondere omstandigheden bewezen zijn (het echte kanaal van de bank getoond, een kwetsbare persoon).',
      en: 'Under the Belgian test of the normally prudent user in the same concrete circumstances, read in the light of the public warning campaigns, answering an unsolicited message or call with credentials or card-reader/app codes, or letting one\'s device be taken over, is gross negligence in principle, unless specific circumstances are established (the bank\'s genuine channel displayed, a vulnerable person).',
    },
  },
  {
    id: 'gn.be.payer_validated', jurisdictions: ['BE'], test: 'strict', from: FROM_PSD1_BE, to: null,
    breach: ['payer_validated_operation'], duty: 'safekeeping',
    gravity: { kind: 'if', any: ['caller_impersonated_bank', 'victim_initiated_contact', 'code_message_stated_operation', 'code_message_warned'] },
    unless: [SPOOFED_BE, VULNERABLE],
    scope: { channels: REMOTE, runs: 'from_breach' },
    authorities: ['antwerpen_2023_11_02', 'ondernemingsrb_brussel_2025_03_13'],
    text: {
      fr: "La signature d'une opération dans l'application ne prouve pas à elle seule la négligence grave ; elle l'est en principe si la banque établit qu'elle a été donnée à la demande d'un interlocuteur non sollicité ou sur un écran qui disait ce qui était validé, sauf circonstances particulières (le canal réel de la banque affiché, une personne vulnérable).",
      nl: 'Een verrichting in de app ondertekenen bewijst op zich geen grove nalatigheid; ze is dat in beginsel als de bank aantoont dat ze gegeven werd op vraag van een ongevraagde gesprekspartner of op een scherm dat zei wat werd bevestigd, tenzij bijzondere omstandigheden (het echte kanaal van de bank getoond, een kwetsbare persoon).',
      en: "Signing an operation in the app does not alone prove gross negligence; it is gross negligence in principle if the bank shows it was given at an unsolicited caller's request or on a screen that said what was validated, unless specific circumstances apply (the bank's genuine channel displayed, a vulnerable person).",
    },
  },
];
