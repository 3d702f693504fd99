/** The closed vocabularies of the case file (../shared/spec/case-file.md). */

export const JURISDICTIONS = ['FR', 'BE'] as const;
export const PAYER_KINDS = ['consumer', 'professional'] as const;
export const INSTRUMENT_KINDS = ['debit_card', 'credit_card', 'online_banking', 'e_money', 'other'] as const;
export const INCIDENT_KINDS = [
  'theft', 'loss', 'phishing', 'impersonation', 'data_compromise', 'counterfeit', 'device_compromise', 'unknown',
] as const;
export const TRANSACTION_KINDS = [
  'atm_withdrawal', 'card_payment', 'contactless', 'online_card_payment', 'transfer', 'direct_debit', 'other',
] as const;
export const AUTHENTICATIONS = [
  'pin', 'app_validation', 'otp_sms', 'password', 'card_data_only', 'contactless_no_cvm', 'signature', 'none', 'unknown',
] as const;
export const CONDUCT_FACTS = [
  'pin_written_with_card', 'pin_disclosed', 'card_data_disclosed_phishing', 'phishing_obvious_signs', 'otp_disclosed',
  'caller_impersonated_bank', 'caller_id_spoofed', 'payer_validated_operation', 'card_left_accessible',
  'card_in_locked_vehicle', 'same_pin_multiple_cards', 'pin_easily_guessable', 'pin_shoulder_surfed',
  'late_notification', 'card_entrusted_to_other', 'device_or_sim_compromised', 'payer_fraud',
] as const;
export const CONDUCT_STATUSES = ['proven', 'admitted', 'alleged', 'denied', 'disproven'] as const;

export type JurisdictionCode = (typeof JURISDICTIONS)[number];
export type PayerKind = (typeof PAYER_KINDS)[number];
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export type Authentication = (typeof AUTHENTICATIONS)[number];
export type ConductFact = (typeof CONDUCT_FACTS)[number];
export type ConductStatus = (typeof CONDUCT_STATUSES)[number];

/** Per the spec's table: does the method use personalised security data, and is it strong? (null = unknown / depends) */
/** Payment cards, to which the former L132-x regime, L133-1-1 and L132-4 are limited. */
export const isCard = (kind: InstrumentKind): boolean => kind === 'debit_card' || kind === 'credit_card';

export const AUTHENTICATION_TRAITS: Record<Authentication, { personalised: boolean | null; strong: boolean | null }> = {
  pin: { personalised: true, strong: true },
  app_validation: { personalised: true, strong: true },
  otp_sms: { personalised: true, strong: null },
  password: { personalised: true, strong: false },
  card_data_only: { personalised: false, strong: false },
  contactless_no_cvm: { personalised: false, strong: false },
  signature: { personalised: false, strong: false },
  none: { personalised: false, strong: false },
  unknown: { personalised: null, strong: null },
};
