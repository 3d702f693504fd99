/** Letters that argue: the holder's facts first, nothing conceded, decisions in the usual style and never later than the letter. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseInput } from '../case/schema.js';
import { parseCase } from '../case/parse.js';
import { assess } from '../engine/assess.js';
import { beTheft2024, frSpoofing } from '../../test/support/letterCases.js';
import { buildLetter, letterFile, LETTER_KINDS, type LetterKind, type LetterLang } from './index.js';
import { renderMarkdown } from './render/markdown.js';

const tmp = mkdtempSync(join(tmpdir(), 'recours-argue-'));

/** The case and its assessment; an invalid test case fails the test. */
function assessedCase(input: CaseInput) {
  const c = parseCase(input);
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  return { c: c.value, a: assess(c.value) };
}

function letter(input: CaseInput, kind: LetterKind, lang: LetterLang, date?: string): string {
  const { c, a } = assessedCase(input);
  const r = buildLetter(kind, c, a, lang, { date });
  if (!r.ok) throw new Error(r.refusal.message);
  return renderMarkdown(r.value).replace(/[\u202f\u00a0]/g, ' ');
}

describe('the French fake-adviser case (spoofed number, SMS codes given)', () => {
  it('the claim names the spoofed number and the impersonation first, with the Cour de cassation in the usual style', () => {
    const md = letter(frSpoofing(), 'claim', 'fr');
    expect(md).toContain("l'appel affichait le numéro de téléphone de votre établissement (01 40 12 34 56)");
    expect(md).toContain('Cass. com., 23 oct. 2024, n° 23-16.267');
    expect(md).toContain('Cass. com., 18 janv. 2017, n° 15-18.102');
    expect(md.indexOf('01 40 12 34 56')).toBeLessThan(md.indexOf('Je vous demande en conséquence'));
    expect(md).toContain('article L. 133-23 du code monétaire et financier');
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it('no letter says the holder "admitted" a fact against her', async () => {
    for (const kind of LETTER_KINDS.filter((k) => k !== 'mandate')) {
      const md = letter(frSpoofing(), kind, 'fr');
      expect(md, kind).not.toMatch(/reconnu|admis|aveu/i);
      expect(letter(frSpoofing(), kind, 'en'), kind).not.toMatch(/admitted/i);
      expect(letter(frSpoofing(), kind, 'nl'), kind).not.toMatch(/erkend|toegegeven/i);
    }
    const pdf = join(tmp, 'spoofing-claim.pdf');
    const { c, a } = assessedCase(frSpoofing());
    const file = await letterFile('claim', c, a, 'fr', 'pdf');
    if (!file.ok) throw new Error(file.refusal.message);
    writeFileSync(pdf, file.value);
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('01 40 12 34 56');
    expect(text).not.toMatch(/reconnu/i);
  });
  it('the admitted one-time code is not volunteered; once the bank alleges it, it is answered with the rule, not conceded', () => {
    expect(letter(frSpoofing(), 'claim', 'fr')).not.toContain('code à usage unique');
    const alleged = frSpoofing({ conduct: [{ fact: 'otp_disclosed', status: 'alleged' }, { fact: 'caller_id_spoofed', status: 'proven', note: '01 40 12 34 56' }] });
    const md = letter(alleged, 'claim', 'fr');
    expect(md).toContain("code à usage unique communiqué — ce fait n'est pas établi : la communication d'un code à un interlocuteur se présentant comme la banque");
    expect(md).toContain("Vous ne pouvez m'opposer une négligence grave qu'en la prouvant");
  });
  it('says why no franchise applies: a misappropriation of the data, with its article', () => {
    expect(letter(frSpoofing(), 'claim', 'fr')).toContain("Aucune franchise ne peut rester à ma charge : il s'agit d'un détournement des données de l'instrument sans perte ni vol de celui-ci, pour lequel la franchise ne s'applique pas (article L. 133-19 II du code monétaire et financier).");
  });
  it('never cites a decision later than the letter', () => {
    const before = letter(frSpoofing(), 'claim', 'fr', '2024-10-01');
    expect(before).not.toContain('23 oct. 2024');
    expect(before).not.toContain('n° 24-13.777');
    expect(before).toContain('Cass. com., 18 janv. 2017, n° 15-18.102');
    expect(letter(frSpoofing(), 'claim', 'fr', '2024-11-01')).toContain('Cass. com., 23 oct. 2024, n° 23-16.267');
  });
  it('once the mediator year has passed, the referral is refused and the notice points to the court; the interest cut-off is said', () => {
    const late = frSpoofing({ as_of: '2026-12-04' });
    const { c, a } = assessedCase(late);
    const r = buildLetter('mediator', c, a, 'fr');
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.refusal.reason, r.refusal.message]).toEqual(['mediator_closed', expect.stringContaining('19 mars 2026')]);
    const notice = letter(late, 'formal-notice', 'fr');
    expect(notice).toContain('je saisirai la juridiction compétente sans autre avis');
    expect(notice).not.toContain('médiateur');
    if (a.interest?.missing_rate_from) expect(notice).toContain("Ce décompte s'arrête au");
  });
});

describe('the mediator referral after the steps', () => {
  it('marks the blocking and the contest done from the case dates, and a passed deadline as passed, never its own', () => {
    const md = letter(frSpoofing(), 'mediator', 'fr');
    expect(md).toContain('- 18 mars 2025, 15:00 — opposition');
    expect(md).toContain('- 19 mars 2025 — contestation des opérations (réclamation écrite)');
    expect(md).toContain('remboursement dû au plus tard (délai expiré)');
    expect(md).not.toContain('dernier jour pour contester');
    expect(md).not.toContain('saisine du médiateur');
  });
});

describe('the reply to a refusal', () => {
  it("answers the bank's recorded grounds point by point, and the code it relies on with the rule, never as admitted", () => {
    const refused = frSpoofing({ complaint: { received_on: '2025-03-19', written: true, answered_on: '2025-04-02', answer: 'refused', refusal_grounds: ['gross_negligence', 'operation_authenticated', 'late_contest'] } });
    const md = letter(refused, 'reply-to-refusal', 'fr');
    expect(md).toContain('Par courrier du 2 avril 2025, vous avez refusé de donner suite à ma réclamation reçue le 19 mars 2025');
    expect(md).toContain('- Vous invoquez une négligence grave de ma part. Il vous appartient de la prouver');
    expect(md).toContain("- Vous invoquez l'authentification des opérations.");
    expect(md).toContain('- Vous invoquez une contestation tardive.');
    expect(md).toContain("code à usage unique communiqué : la communication d'un code à un interlocuteur se présentant comme la banque");
    expect(md).not.toMatch(/reconnu|admis/);
    expect(md).toContain('Votre réponse du 2 avril 2025');
    expect(md).toContain('Réponse de la banque du 2 avril 2025');
  });
});

describe('the Belgian theft of 2024 in Dutch', () => {
  it('cites the WER articles in Dutch, not PSD2 titles or French act titles', () => {
    const md = letter(beTheft2024(), 'claim', 'nl');
    expect(md).toContain('art. VII.44 WER');
    expect(md).toContain('art. VII.43 WER');
    expect(md).toContain('art. VII.38 WER');
    expect(md).not.toMatch(/PSD2|Code de droit économique|loi du|directive \(UE\)|version du/);
    expect(md).toContain('Blokkering nr. CS-240512-7781 van 12 mei 2024, 09:30');
    expect(md).toContain('Proces-verbaal nr. AN.55.L1.012345/2024');
    expect(md).toContain('•••• 7034');
    expect(md).toContain('Inventaris van stukken');
  });
  it('answers the alleged written PIN with the rule and Ombudsfin in the Dutch style, and keeps the 50 € franchise where it applies', () => {
    const md = letter(beTheft2024(), 'claim', 'nl');
    expect(md).toContain('pincode bij de kaart genoteerd — dat feit is niet bewezen: niets bewijst dat');
    expect(md).toContain('Ombudsfin, advies nr. 2013.1876, 18 maart 2014');
    expect(md).toContain('Enkel het eigen risico van € 50,00');
    expect(md).toContain('CL-1, CL-2 geen sterke cliëntauthenticatie');
  });
});

describe('court claims', () => {
  it('France up to 5 000 €: the requête on Cerfa 16042*02 after the amicable attempt of art. 750-1 CPC', () => {
    const small = frSpoofing({ transactions: [{ id: 'VIR-1', instrument: 'web', at: '2025-03-18T14:12+01:00', amount: '1800.00', kind: 'transfer', authentication: 'otp_sms', sca: true, consented: false }] });
    const md = letter(small, 'court-claim', 'fr');
    expect(md).toContain('Cerfa n° 16042\\*02');
    expect(md).toContain('art. 750 du code de procédure civile');
    expect(md).toContain("l'article 750-1 du code de procédure civile");
    expect(md).toContain('réclamation écrite reçue par la banque le 19 mars 2025');
    expect(md).toContain('1 800,00 €');
    expect(md).toContain("L'action est formée dans le délai de prescription de 5 ans, qui expire le 18 mars 2030 (C. civ., art. 2224");
  });
  it('France above 5 000 €: an assignation, not the requête', () => {
    const md = letter(frSpoofing(), 'court-claim', 'fr');
    expect(md).toContain('par assignation délivrée par un commissaire de justice');
    expect(md).not.toContain('Cerfa n° 16042');
  });
  it('Belgium up to 5 000 €: the requête contradictoire to the vrederechter (art. 1034bis Ger.W.)', () => {
    const md = letter(beTheft2024(), 'court-claim', 'nl');
    expect(md).toContain('Aan de vrederechter van het bevoegde kanton');
    expect(md).toContain('verzoekschrift op tegenspraak (art. 1034bis en volgende van het Gerechtelijk Wetboek)');
    expect(md).toContain('art. 590 van het Gerechtelijk Wetboek');
    expect(md).toContain('verjaringstermijn van 10 jaar, die verstrijkt op 13 mei 2034 (art. 2262bis, § 1, eerste lid oud BW)');
    expect(md).not.toContain('C. civ.');
  });
  it('a holder living in Belgium against a French bank: the European Small Claims form A (Reg. 861/2007)', () => {
    const cross = frSpoofing({ transactions: [{ id: 'VIR-1', instrument: 'web', at: '2025-03-18T14:12+01:00', amount: '1800.00', kind: 'transfer', authentication: 'otp_sms', sca: true, consented: false }] });
    cross.parties = { ...cross.parties, residence: 'BE' };
    const md = letter(cross, 'court-claim', 'en');
    expect(md).toContain('European Small Claims Procedure — claim form A');
    expect(md).toContain('Regulation (EC) No 861/2007 as amended by Regulation (EU) 2015/2421');
    expect(md).toContain('Regulation (EU) No 1215/2012, Article 18(1)');
  });
});

describe('representation and the mandate', () => {
  it('letters are signed by the representative and the mandate names her; without one, the mandate is refused', () => {
    const withLawyer = frSpoofing();
    withLawyer.parties = { ...withLawyer.parties, representative: { name: 'Me Paul Roux', address: ['3 quai des Orfèvres', '75001 Paris'], capacity: 'lawyer', reference: 'PR-2025-17' } };
    const claim = letter(withLawyer, 'claim', 'fr');
    expect(claim).toContain('Me Paul Roux  \n3 quai des Orfèvres');
    expect(claim).toContain('avocat de Claire Martin');
    expect(claim).toContain('Titulaire du compte : Claire Martin');
    expect(claim).toContain('Nos réf. : PR-2025-17');
    const mandate = letter(withLawyer, 'mandate', 'fr');
    expect(mandate).toContain('Je soussigné(e) Claire Martin donne mandat à Me Paul Roux, avocat');
    const { c, a } = assessedCase(frSpoofing());
    const refused = buildLetter('mandate', c, a, 'nl');
    expect(refused.ok ? null : refused.refusal.reason).toBe('no_representative');
  });
});

describe('the other requests', () => {
  it('the proof request lists the records the bank must produce; the GDPR request cites art. 15 and the month of art. 12(3)', () => {
    const proof = letter(frSpoofing(), 'proof-request', 'fr');
    expect(proof).toContain("la méthode d'authentification forte utilisée");
    expect(proof).toContain('le texte exact affiché ou envoyé pour chaque validation');
    expect(proof).toContain("la date d'ajout du bénéficiaire");
    const gdpr = letter(beTheft2024(), 'data-access', 'nl');
    expect(gdpr).toContain('artikel 15 van Verordening (EU) 2016/679 (AVG)');
    expect(gdpr).toContain('artikel 12, lid 3, AVG');
    expect(gdpr).toContain('Functionaris voor gegevensbescherming — KBC Bank NV');
  });
  it('the police text carries the operations and each country’s platforms', () => {
    const fr = letter(frSpoofing(), 'police-report', 'fr');
    expect(fr).toContain('escroquerie (art. 313-1 du code pénal)');
    expect(fr).toContain('4 500,00 €');
    expect(fr).toContain('Perceval');
    expect(fr).toContain('THESEE');
    const be = letter(beTheft2024(), 'police-report', 'nl');
    expect(be).toContain('meldpunt.belgie.be');
    expect(be).toContain('€ 500,00');
  });
  it('the exhibit list follows the case attachments when there are some', () => {
    const { c, a } = assessedCase(frSpoofing());
    const r = buildLetter('claim', c, a, 'en', { exhibits: [{ title: 'releve-mars.pdf' }, { title: 'capture-appel.png' }] });
    if (!r.ok) throw new Error('refused');
    expect(renderMarkdown(r.value)).toContain('## List of exhibits\n\n1. releve-mars.pdf\n2. capture-appel.png');
  });
});
