/** Case files for the letter tests: a French fake-adviser spoofing case and a Belgian pickpocket theft of 2024. */
import type { CaseInput } from '../../src/case/schema.js';
import { caseFile } from './build.js';

/** Fake bank adviser, 18 March 2025: two transfers validated by SMS codes, the bank's number spoofed; blocked 40 minutes later. */
export const frSpoofing = (patch: Partial<CaseInput> = {}): CaseInput => caseFile({
  jurisdiction: 'FR',
  instruments: [{ id: 'web', kind: 'online_banking' }],
  incident: { kind: 'impersonation', at: '2025-03-18T14:05+01:00', noticed_at: '2025-03-18T14:50+01:00', payer_kept_instrument: true, detectable_before_payment: null, psp_staff_involved: false },
  notification: { at: '2025-03-18T15:00+01:00' },
  psp: { name: 'Banque Populaire Rives de Paris', notification_means_available: true },
  transactions: [
    { id: 'VIR-1', instrument: 'web', at: '2025-03-18T14:12+01:00', amount: '4500.00', kind: 'transfer', authentication: 'otp_sms', sca: true, consented: false },
    { id: 'VIR-2', instrument: 'web', at: '2025-03-18T14:20+01:00', amount: '3200.00', kind: 'transfer', authentication: 'otp_sms', sca: true, consented: false },
  ],
  conduct: [
    { fact: 'otp_disclosed', status: 'admitted' },
    { fact: 'caller_id_spoofed', status: 'proven', note: '01 40 12 34 56' },
    { fact: 'caller_impersonated_bank', status: 'proven' },
  ],
  evidence: { authentication_proven: null, no_technical_deficiency_proven: null },
  complaint: { received_on: '2025-03-19', written: true },
  parties: {
    holder: { name: 'Claire Martin', address: ['8 rue des Lilas', '75011 Paris'] },
    bank: { name: 'Banque Populaire Rives de Paris', address: ['Service Réclamations Clientèle', '76-78 avenue de France', '75013 Paris'] },
    account: 'FR76 1020 7000 1234 5678 9012 345', customer_number: 'C-88231', blocking_reference: 'OPP-250318-44', place: 'Paris',
    police_report: { reference: 'PV 2025/004417', on: '2025-03-19', authority: 'Commissariat du 11e arrondissement' },
  },
  as_of: '2025-04-15',
  ...patch,
});

/** Wallet stolen on a tram in Antwerp, 12 May 2024: contactless payments without SCA and a PIN withdrawal; Card Stop at 09:30. */
export const beTheft2024 = (patch: Partial<CaseInput> = {}): CaseInput => caseFile({
  jurisdiction: 'BE',
  instruments: [{ id: 'card', kind: 'debit_card' }],
  incident: { kind: 'theft', at: '2024-05-12T08:10+02:00', noticed_at: '2024-05-12T09:20+02:00', payer_kept_instrument: false, detectable_before_payment: true, psp_staff_involved: false },
  notification: { at: '2024-05-12T09:30+02:00' },
  psp: { name: 'KBC Bank', notification_means_available: true },
  transactions: [
    { id: 'CL-1', instrument: 'card', at: '2024-05-12T08:30+02:00', amount: '48.00', kind: 'contactless', authentication: 'contactless_no_cvm', sca: false, consented: false },
    { id: 'CL-2', instrument: 'card', at: '2024-05-12T08:41+02:00', amount: '84.00', kind: 'contactless', authentication: 'contactless_no_cvm', sca: false, consented: false },
    { id: 'ATM-1', instrument: 'card', at: '2024-05-12T08:55+02:00', amount: '500.00', kind: 'atm_withdrawal', authentication: 'pin', sca: true, consented: false },
  ],
  conduct: [{ fact: 'pin_written_with_card', status: 'alleged' }],
  evidence: { authentication_proven: true, no_technical_deficiency_proven: true },
  complaint: { received_on: '2024-05-13', written: true },
  parties: {
    holder: { name: 'Sofie Peeters', address: ['Lange Nieuwstraat 12', '2000 Antwerpen'] },
    bank: { name: 'KBC Bank NV', address: ['Klachtenmanagement', 'Brusselsesteenweg 100', '3000 Leuven'] },
    account: 'BE68 5390 0754 7034', card: '6703 0000 1111 2222', blocking_reference: 'CS-240512-7781', place: 'Antwerpen',
    police_report: { reference: 'AN.55.L1.012345/2024', on: '2024-05-12', authority: 'Politiezone Antwerpen' },
  },
  as_of: '2024-06-10',
  ...patch,
});
