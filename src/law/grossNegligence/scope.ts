// What the gross-negligence rules share: the channels a breach opens, the counter-facts of a deception,
// the French excuses of a deception (also Belgium's under be_deception_test = attentive_user), the dates.
import type { Authentication } from '../../case/vocabulary.js';
import type { Counter, Defeater } from './types.js';

export const PIN: readonly Authentication[] = ['pin'];
/** Codes, in-app validations, logins: what a caller, a phishing page or a device taken over can use. */
export const REMOTE: readonly Authentication[] = ['otp_sms', 'app_validation', 'password'];
export const CARD_DATA: readonly Authentication[] = ['card_data_only', 'otp_sms', 'password', 'app_validation'];

/** A screen or message that said what was validated, or warned never to share the code: Cass. com. 4 mars 2026 held gross negligence despite a spoofed number. */
export const PLAIN_MESSAGE: readonly Counter[] = [
  { fact: 'code_message_stated_operation', effect: 'contested', authorities: ['cass_2026_03_04'] },
  { fact: 'code_message_warned', effect: 'contested', authorities: ['cass_2026_03_04'] },
];
/** A number the holder dialled himself (from a fake message or advertisement) is no display of the bank's genuine line. */
export const DIALLED: Counter = { fact: 'victim_initiated_contact', effect: 'cancels', authorities: [] };

export const SPOOFED_FR: Defeater = {
  fact: 'caller_id_spoofed',
  authorities: ['cass_2024_10_23', 'cass_2025_06_12', 'ca_angers_2026_01_27', 'ca_paris_2025_05_22_a', 'ca_paris_2025_05_22_b', 'ca_versailles_2025_06_19'],
  counters: [DIALLED, ...PLAIN_MESSAGE],
};
export const KNEW_ACCOUNTS: Defeater = { fact: 'caller_knew_account_data', authorities: ['cass_2025_06_12', 'tj_marseille_2025_09_11'], counters: [] };

export const BOTH = ['FR', 'BE'] as const;
export const FROM_FIRST_STATUTE = '2001-11-16';
export const FROM_PSD1_FR = '2009-11-01';
