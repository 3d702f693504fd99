/** The closed vocabularies of the case file (../shared/spec/case-file.md). */

export const JURISDICTIONS = ['FR', 'BE'] as const;
export const PAYER_KINDS = ['consumer', 'professional'] as const;
export const INSTRUMENT_KINDS = ['debit_card', 'credit_card', 'online_banking', 'e_money', 'other'] as const;
export const INCIDENT_KINDS = [
  'theft', 'loss', 'phishing', 'impersonation', 'data_compromise', 'counterfeit', 'device_compromise', 'not_received', 'unknown',
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
  // Additions of 4 December 2026 (../shared/spec/case-file.md; meanings in ../shared/caselaw/README.md)
  'card_taken_in_presence', 'caller_knew_account_data', 'victim_initiated_contact', 'code_message_stated_operation',
  'code_message_warned',
] as const;
/** Verification of payee (Regulation (EU) 260/2012 art. 5c): the outcome the payer's bank showed. */
export const PAYEE_VERIFICATION_RESULTS = ['match', 'close_match', 'no_match', 'not_possible'] as const;
/** recours extension: the bank's written answer to the complaint. */
export const COMPLAINT_ANSWERS = ['refused', 'partial', 'accepted'] as const;
/** recours extension: the grounds the bank gave for refusing (answered point by point in the reply letter). */
export const REFUSAL_GROUNDS = [
  'gross_negligence', 'operation_authenticated', 'consented', 'late_contest', 'late_notification', 'payer_fraud', 'other',
] as const;
export const CONDUCT_STATUSES = ['proven', 'admitted', 'alleged', 'denied', 'disproven'] as const;

export type JurisdictionCode = (typeof JURISDICTIONS)[number];
export type PayerKind = (typeof PAYER_KINDS)[number];
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];
export type Authentication = (typeof AUTHENTICATIONS)[number];
export type ConductFact = (typeof CONDUCT_FACTS)[number];
export type PayeeVerificationResult = (typeof PAYEE_VERIFICATION_RESULTS)[number];
export type ComplaintAnswer = (typeof COMPLAINT_ANSWERS)[number];
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
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
