// Regulation (EU) No 260/2012, art. 5c (inserted by Regulation (EU) 2024/886): verification of the payee before a
// credit transfer is authorised; who bears a transfer to an unintended payee. Euro-area PSPs from 9 October 2025.
import type { Article } from '../../types.js';

export const EU_REG_260_2012_ART_5C = {
  id: 'eu.reg-260-2012.art-5c',
  jurisdiction: 'EU',
  source: 'Regulation (EU) No 260/2012 of 14 March 2012 (SEPA), as amended by Regulation (EU) 2024/886 of 13 March 2024 (instant payments)',
  short: 'Règl. (UE) n° 260/2012',
  number: 'art. 5c',
  title: {
    fr: 'Vérification du bénéficiaire des virements (IBAN et nom) avant autorisation ; responsabilité',
    en: 'Verification of the payee of credit transfers (IBAN and name) before authorisation; liability',
  },
  versions: [
    {
      from: '2025-10-09',
      to: null,
      enactedBy: 'règlement (UE) 2024/886 du 13 mars 2024, art. 1er',
      officialId: 'CELEX:02012R0260-20240408',
      text: {
        en: `Paraphrase, paragraph by paragraph, with the passages quoted by the sources:
(1) The payer's PSP offers the payer a service ensuring verification of the payee, performed immediately after the payer provides the payee's details and before the payer is offered the possibility of authorising the credit transfer, whatever the channel. (a) Where the payer gives the payment account identifier and the payee's name, "the payee's PSP shall verify whether the payment account identifier … and the name of the payee provided by the payer match. Where they do not match, the payer's PSP shall … notify the payer … Where [they] almost match, the payer's PSP shall indicate to the payer the name of the payee associated with the payment account identifier"; (b) legal persons: another unambiguous identifier; (c) accounts held for several payees; (d) channels that do not ask for both identifier and name.
(2)–(4) Payment initiation services; internal procedures; paper orders at the time of receipt.
(5) "PSPs shall ensure that the performance of the service ensuring verification … does not prevent payers from authorising the credit transfer concerned."
(6) Non-consumers submitting packaged orders may opt out.
(7) With a notification under (1), the payer is told that authorising the transfer might lead to transferring the funds to an account not held by the payee he indicated, and of the consequences for the PSP's liability and his refund rights.
(8) The PSPs are not liable for executing a credit transfer to an unintended payee on the basis of an incorrect unique identifier (Directive (EU) 2015/2366, art. 88), provided they have fulfilled their obligations under this article. Where the payer's PSP fails to comply with paragraph 1, thereby causing a defectively executed payment transaction, it refunds the payer without delay and, where applicable, restores the debited account; a PISP or the payee's PSP at fault compensates the payer's PSP.
(9) "PSPs located in a Member State whose currency is the euro shall comply with this Article by 9 October 2025."`,
      },
      textStatus: 'paraphrase',
      sources: [
        'http://eurlex.europa.eu/legal-content/EN/AUTO/?uri=CELEX:02012R0260-20240408',
        'https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02012R0260-20240408',
        'https://colman-avocats.fr/verification-beneficiaire-vop-obligation-bancaire',
      ],
      uncertain:
        'The stored copy of the consolidated text (EUR-Lex, 02012R0260-20240408) could only be read up to its first articles; the quotations of paragraphs (1)(a), (5) and (9) and the structure of (6)–(8) come from compliance research that quotes the text, and the wording of paragraph 8 is paraphrased. Applies to euro credit transfers of euro-area PSPs from 9 October 2025 (France and Belgium alike); non-euro-area PSPs later.',
    },
  ],
  lastVerifiedOn: '2026-12-04',
} satisfies Article;
