// The rules of gross negligence (négligence grave, faute lourde before 2009; grove nalatigheid) that
// France and Belgium share, one per breach, and the French test of a deception (in Belgium under the
// assumption be_deception_test = attentive_user). Duties: CMF L133-16/L133-17 (anc. L132-3); loi 2009
// art. 31 and 37, CDE VII.30/VII.36 (2014), VII.38/VII.44 (2018); PSD2 art. 69 and 74(1). Burden on the bank for
// the breach and what makes it grave (L133-19 IV, L133-23; loi 2009 art. 37 in fine; PSD2 art. 72(2));
// defeaters are for the holder to show. Sources: ../shared/law/fr.md §D, be-eu.md A.7 and C.4.
import type { GnRule } from './types.js';
import { BOTH, CARD_DATA, FROM_FIRST_STATUTE, FROM_PSD1_FR, KNEW_ACCOUNTS, PIN, REMOTE, SPOOFED_FR } from './scope.js';

export const SHARED_RULES: readonly GnRule[] = [
  {
    id: 'gn.pin_written_with_card', jurisdictions: BOTH, from: FROM_FIRST_STATUTE, to: null,
    breach: ['pin_written_with_card'], duty: 'safekeeping', gravity: { kind: 'per_se' }, unless: [],
    scope: { channels: PIN, runs: 'from_breach' },
    authorities: ['cass_2012_10_16'],
    text: {
      fr: "Noter le code sous une forme aisément reconnaissable, sur la carte ou avec elle, est une négligence grave : c'est l'exemple que donnent la loi belge et le considérant 72 de la DSP2.",
      nl: 'De code in een gemakkelijk herkenbare vorm op of bij de kaart noteren is grove nalatigheid: het is het voorbeeld dat de Belgische wet en overweging 72 van PSD2 geven.',
      en: 'Noting the PIN in an easily recognisable form on or with the card is gross negligence: it is the example given by the Belgian statute and PSD2 recital 72.',
    },
  },
  {
    id: 'gn.pin_disclosed', jurisdictions: BOTH, from: FROM_FIRST_STATUTE, to: null,
    breach: ['pin_disclosed'], duty: 'safekeeping', gravity: { kind: 'per_se' }, unless: [],
    scope: { channels: PIN, runs: 'from_breach' },
    authorities: ['tj_paris_2024_04_25'],
    text: {
      fr: "Communiquer son code confidentiel à un tiers est une négligence grave, quel que soit le scénario de l'escroc : aucune banque ne le demande.",
      nl: 'De pincode aan een derde meedelen is grove nalatigheid, welk scenario de oplichter ook gebruikt: geen bank vraagt erom.',
      en: "Giving the PIN to a third party is gross negligence whatever the fraudster's story: no bank asks for it.",
    },
  },
  {
    id: 'gn.card_entrusted_to_other', jurisdictions: BOTH, from: FROM_FIRST_STATUTE, to: null,
    breach: ['card_entrusted_to_other'], duty: 'safekeeping', gravity: { kind: 'per_se' }, unless: [],
    scope: { channels: 'all', runs: 'from_breach' },
    authorities: ['tj_paris_2024_11_12'],
    text: {
      fr: "Remettre volontairement sa carte ou son code à un tiers est une négligence grave ; un appel crédible ne l'excuse pas.",
      nl: 'De kaart of de code vrijwillig aan een ander afgeven is grove nalatigheid; een geloofwaardig telefoontje verschoont dat niet.',
      en: 'Handing the card or the code to another person is gross negligence; a credible call does not excuse it.',
    },
  },
  {
    id: 'gn.card_left_accessible', jurisdictions: BOTH, from: FROM_FIRST_STATUTE, to: null,
    breach: ['card_left_accessible'], duty: 'safekeeping', gravity: { kind: 'per_se' },
    unless: [
      { fact: 'card_taken_in_presence', authorities: ['ombudsfin_2016_3121'], counters: [] },
      { fact: 'card_in_locked_vehicle', authorities: ['cass_2010_09_21'], counters: [] },
    ],
    scope: { channels: 'all', runs: 'from_breach' },
    authorities: ['cass_2012_10_16', 'bruxelles_2011_06_23'],
    text: {
      fr: "Laisser la carte sans surveillance, en son absence, là où des tiers y ont librement accès est une négligence grave ; non si elle est prise en présence du titulaire ou dans un véhicule fermé à clé (au plus une imprudence).",
      nl: 'De kaart in zijn afwezigheid onbeheerd achterlaten waar derden er vrij bij kunnen is grove nalatigheid; niet als ze in het bijzijn van de houder of uit een afgesloten wagen wordt weggenomen (hoogstens onvoorzichtigheid).',
      en: "Leaving the card unattended, in the holder's absence, where others have free access is gross negligence; not when it is taken in the holder's presence or from a locked car (imprudence at most).",
    },
  },
  {
    id: 'gn.late_notification', jurisdictions: BOTH, from: FROM_FIRST_STATUTE, to: null,
    breach: ['late_notification'], duty: 'notification', gravity: { kind: 'per_se' }, unless: [],
    scope: { channels: 'all', runs: 'from_knowledge' },
    authorities: ['cass_2014_04_29', 'cjue_2025_08_01_veracash', 'tj_lyon_2021_11_30'],
    text: {
      fr: "Tarder à faire opposition après avoir eu connaissance de la perte, du vol ou de l'utilisation frauduleuse est une négligence grave ; le devoir naît de la connaissance (ne pas lire ses relevés n'en est pas une), et le retard ne coûte que les opérations qu'une notification sans tarder aurait évitées.",
      nl: 'Na kennisname van het verlies, de diefstal of het misbruik talmen met de kennisgeving is grove nalatigheid; de plicht ontstaat bij de kennisname (zijn uittreksels niet lezen is dat niet), en de vertraging kost enkel de verrichtingen die een onverwijlde kennisgeving had voorkomen.',
      en: 'Delaying the blocking request after learning of the loss, theft or misuse is gross negligence; the duty arises on knowledge (not reading statements is not knowledge), and the delay costs only the operations a notification without undue delay would have prevented.',
    },
  },
  {
    id: 'gn.phishing_reply', jurisdictions: BOTH, test: 'attentive', from: FROM_PSD1_FR, to: null,
    breach: ['card_data_disclosed_phishing'], duty: 'safekeeping', gravity: { kind: 'if', any: ['phishing_obvious_signs'] }, unless: [],
    scope: { channels: CARD_DATA, runs: 'from_breach' },
    authorities: ['cass_2017_10_25', 'cass_2018_03_28', 'cass_2018_06_06', 'cass_2018_10_03', 'cass_2020_07_01'],
    text: {
      fr: "Communiquer ses données de sécurité en réponse à un message n'est une négligence grave que si la banque prouve que le message portait des indices permettant à un utilisateur normalement attentif de douter de sa provenance, qu'il ait été ou non averti du risque.",
      nl: 'Zijn veiligheidsgegevens meedelen in antwoord op een bericht is slechts grove nalatigheid als de bank bewijst dat het bericht aanwijzingen bevatte waardoor een normaal oplettende gebruiker aan de herkomst ervan kon twijfelen, of hij nu gewaarschuwd was of niet.',
      en: 'Giving security data in reply to a message is gross negligence only if the bank proves the message bore signs that would make a normally attentive user doubt its origin, warned of the risk or not.',
    },
  },
  {
    id: 'gn.code_given', jurisdictions: BOTH, test: 'attentive', from: FROM_PSD1_FR, to: null,
    breach: ['otp_disclosed', 'device_or_sim_compromised'], duty: 'safekeeping', gravity: { kind: 'per_se' }, unless: [SPOOFED_FR, KNEW_ACCOUNTS],
    scope: { channels: REMOTE, runs: 'from_breach' },
    authorities: ['tj_paris_2024_04_04'],
    text: {
      fr: "Communiquer un code à usage unique ou laisser un tiers prendre la main sur son téléphone ou sa clé d'authentification manque à l'obligation de sécurité et constitue une négligence grave, sauf circonstances rendant la manœuvre crédible pour un utilisateur normalement attentif : le vrai numéro de la banque affiché, une connaissance précise de ses comptes. Un appelant qui se dit de la banque n'est que la prémisse de la fraude.",
      nl: 'Een eenmalige code meedelen of een derde de controle over zijn telefoon of authenticatiesleutel laten nemen schendt de veiligheidsplicht en is grove nalatigheid, tenzij omstandigheden de misleiding geloofwaardig maakten voor een normaal oplettende gebruiker: het echte nummer van de bank getoond, precieze kennis van zijn rekeningen. Een beller die zegt van de bank te zijn, is slechts het uitgangspunt van de fraude.',
      en: "Giving a one-time code, or letting a third party take over one's phone or authentication key, breaches the safekeeping duty and is gross negligence, unless circumstances made the deception credible to a normally attentive user: the bank's genuine number displayed, precise knowledge of the holder's accounts. A caller who merely says he is the bank is the premise of the fraud, not an excuse.",
    },
  },
  {
    id: 'gn.payer_validated', jurisdictions: BOTH, test: 'attentive', from: FROM_PSD1_FR, to: null,
    breach: ['payer_validated_operation'], duty: 'safekeeping',
    gravity: { kind: 'if', any: ['code_message_stated_operation', 'code_message_warned'] }, unless: [SPOOFED_FR, KNEW_ACCOUNTS],
    scope: { channels: REMOTE, runs: 'from_breach' },
    authorities: ['cass_2024_10_23', 'cass_2025_06_12', 'ca_douai_2025_03_06', 'tj_marseille_2025_09_11', 'cass_2026_03_04'],
    text: {
      fr: "Valider soi-même une opération en la croyant autre chose n'est une négligence grave que si la banque prouve que l'écran ou le message disait clairement ce qui était validé (un paiement, son montant, son bénéficiaire) ou mettait en garde ; l'usurpation du numéro de la banque le discute alors.",
      nl: 'Zelf een verrichting bevestigen in de overtuiging dat het iets anders was, is slechts grove nalatigheid als de bank bewijst dat het scherm of het bericht duidelijk zei wat werd bevestigd (een betaling, het bedrag, de begunstigde) of waarschuwde; een vervalst banknummer maakt het dan betwistbaar.',
      en: "Validating an operation oneself while believing it was something else is gross negligence only if the bank proves the screen or message said plainly what was validated (a payment, its amount, its payee) or warned; a spoofed bank number then makes it arguable.",
    },
  },
  ...([
    ['same_pin_multiple_cards', ['ombudsfin_2013_1876'], {
      fr: 'Un même code pour plusieurs cartes est au plus une imprudence.',
      nl: 'Eenzelfde pincode voor meerdere kaarten is hoogstens onvoorzichtigheid.',
      en: 'One PIN for several cards is imprudence at most.',
    }],
    ['pin_easily_guessable', ['ombudsfin_2016_3121', 'ombudsfin_2013_0192'], {
      fr: 'Un code tiré de la date de naissance laisse de nombreuses combinaisons : imprudence, non négligence grave.',
      nl: 'Een pincode afgeleid van de geboortedatum laat veel combinaties open: onvoorzichtigheid, geen grove nalatigheid.',
      en: 'A PIN drawn from the birth date leaves many combinations: imprudence, not gross negligence.',
    }],
    ['pin_shoulder_surfed', ['comm_mons_2011_04_28', 'ombudsfin_2013_1876', 'cass_2007_10_02'], {
      fr: "Un code observé par le voleur n'est une négligence grave que s'il est prouvé que le titulaire l'a tapé en se sachant observé ; l'usage du bon code ne prouve rien à lui seul.",
      nl: 'Een door de dief afgekeken pincode is slechts grove nalatigheid als bewezen is dat de houder hem intikte terwijl hij wist dat hij bekeken werd; het gebruik van de juiste code bewijst op zich niets.',
      en: 'A PIN watched by the thief is gross negligence only if the holder is proven to have typed it knowing he was watched; use of the right code proves nothing by itself.',
    }],
    ['card_in_locked_vehicle', ['cass_2010_09_21'], {
      fr: "Une carte laissée dans un véhicule fermé à clé n'est pas une négligence grave.",
      nl: 'Een kaart in een afgesloten wagen is geen grove nalatigheid.',
      en: 'A card left in a locked vehicle is not gross negligence.',
    }],
    ['card_taken_in_presence', ['ombudsfin_2016_3121', 'ombudsfin_cas_vecu'], {
      fr: "Une carte dérobée dans l'entourage immédiat du titulaire, en sa présence (pickpocket, sac à ses pieds), est le vol que couvre la franchise : au plus une imprudence.",
      nl: 'Een kaart weggenomen uit de onmiddellijke omgeving van de houder, in zijn bijzijn (zakkenroller, tas aan zijn voeten), is de diefstal die het eigen risico dekt: hoogstens onvoorzichtigheid.',
      en: "A card taken from the holder's immediate surroundings while he was there (pickpocket, a bag at his feet) is the theft the franchise covers: imprudence at most.",
    }],
  ] as const).map(([fact, authorities, text]): GnRule => ({
    id: `gn.${fact}`, jurisdictions: BOTH, from: FROM_FIRST_STATUTE, to: null,
    breach: [fact], duty: 'safekeeping', gravity: { kind: 'not_gross' }, unless: [],
    // The PIN's choice or its observation concerns the PIN; the card's keeping concerns the card.
    scope: { channels: fact.startsWith('pin_') || fact === 'same_pin_multiple_cards' ? PIN : 'all', runs: 'from_breach' }, authorities, text,
  })),
];
