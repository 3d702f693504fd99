/**
 * Every article of the law data, one constant per file (src/law/{fr,be,eu}/…), grouped by jurisdiction.
 * Texts and version dates come from ../shared/law/fr.md §(b) and ../shared/law/be-eu.md §B; see each file.
 */
import type { Article } from './types.js';

// France — Code monétaire et financier: former card regime (2001-2009)
import { L132_2 } from './fr/cmf/l132-2.js';
import { L132_3 } from './fr/cmf/l132-3.js';
import { L132_4 } from './fr/cmf/l132-4.js';
import { L132_5 } from './fr/cmf/l132-5.js';
import { L132_6 } from './fr/cmf/l132-6.js';
// France — Code monétaire et financier, L133-1 ff. (from 2009)
import { L133_1 } from './fr/cmf/l133-1.js';
import { L133_1_1 } from './fr/cmf/l133-1-1.js';
import { L133_2 } from './fr/cmf/l133-2.js';
import { L133_4 } from './fr/cmf/l133-4.js';
import { L133_7 } from './fr/cmf/l133-7.js';
import { L133_15 } from './fr/cmf/l133-15.js';
import { L133_16 } from './fr/cmf/l133-16.js';
import { L133_17 } from './fr/cmf/l133-17.js';
import { L133_18 } from './fr/cmf/l133-18.js';
import { L133_19 } from './fr/cmf/l133-19.js';
import { L133_20 } from './fr/cmf/l133-20.js';
import { L133_21 } from './fr/cmf/l133-21.js';
import { L133_23 } from './fr/cmf/l133-23.js';
import { L133_24 } from './fr/cmf/l133-24.js';
import { L133_44 } from './fr/cmf/l133-44.js';
import { L133_45 } from './fr/cmf/l133-45.js';
// France — ACPR (soft law on complaint handling)
import { ACPR_2024_R_02 } from './fr/acpr/2024-r-02.js';
// France — Code de la consommation (mediation)
import { CCONSOM_L612_2 } from './fr/cconsom/l612-2.js';
// Belgium — loi du 17 juillet 2002 (EFT instruments)
import { BE_LOI_2002_ART_8 } from './be/loi-2002-07-17/art-8.js';
// Belgium — loi du 10 décembre 2009 relative aux services de paiement
import { BE_LOI_2009_ART_31 } from './be/loi-2009-12-10/art-31.js';
import { BE_LOI_2009_ART_34 } from './be/loi-2009-12-10/art-34.js';
import { BE_LOI_2009_ART_35 } from './be/loi-2009-12-10/art-35.js';
import { BE_LOI_2009_ART_36 } from './be/loi-2009-12-10/art-36.js';
import { BE_LOI_2009_ART_37 } from './be/loi-2009-12-10/art-37.js';
// Belgium — CDE book VII as inserted by the loi du 19 avril 2014
import { BE_CDE_2014_VII_30 } from './be/cde-2014/vii-30.js';
import { BE_CDE_2014_VII_31 } from './be/cde-2014/vii-31.js';
import { BE_CDE_2014_VII_33 } from './be/cde-2014/vii-33.js';
import { BE_CDE_2014_VII_34 } from './be/cde-2014/vii-34.js';
import { BE_CDE_2014_VII_35 } from './be/cde-2014/vii-35.js';
import { BE_CDE_2014_VII_36 } from './be/cde-2014/vii-36.js';
import { BE_CDE_2014_VII_54 } from './be/cde-2014/vii-54.js';
import { BE_CDE_2014_VII_189 } from './be/cde-2014/vii-189.js';
// Belgium — CDE book VII after the loi du 19 juillet 2018
import { BE_CDE_2018_VII_32 } from './be/cde-2018/vii-32.js';
import { BE_CDE_2018_VII_38 } from './be/cde-2018/vii-38.js';
import { BE_CDE_2018_VII_43 } from './be/cde-2018/vii-43.js';
import { BE_CDE_2018_VII_44 } from './be/cde-2018/vii-44.js';
// EU — Commission Recommendation 97/489/EC
import { EU_REC_97_489_ART_5 } from './eu/rec-97-489/art-5.js';
import { EU_REC_97_489_ART_6 } from './eu/rec-97-489/art-6.js';
// EU — Directive 2007/64/EC (PSD1)
import { EU_PSD1_ART_56 } from './eu/psd1/art-56.js';
import { EU_PSD1_ART_57 } from './eu/psd1/art-57.js';
import { EU_PSD1_ART_58 } from './eu/psd1/art-58.js';
import { EU_PSD1_ART_59 } from './eu/psd1/art-59.js';
import { EU_PSD1_ART_60 } from './eu/psd1/art-60.js';
import { EU_PSD1_ART_61 } from './eu/psd1/art-61.js';
// EU — Directive (EU) 2015/2366 (PSD2)
import { EU_PSD2_ART_69 } from './eu/psd2/art-69.js';
import { EU_PSD2_ART_70 } from './eu/psd2/art-70.js';
import { EU_PSD2_ART_71 } from './eu/psd2/art-71.js';
import { EU_PSD2_ART_72 } from './eu/psd2/art-72.js';
import { EU_PSD2_ART_73 } from './eu/psd2/art-73.js';
import { EU_PSD2_ART_74 } from './eu/psd2/art-74.js';
import { EU_PSD2_ART_97 } from './eu/psd2/art-97.js';
import { EU_PSD2_ART_88 } from './eu/psd2/art-88.js';
import { EU_PSD2_ART_101 } from './eu/psd2/art-101.js';
// EU — Regulation (EU) No 260/2012 as amended by Regulation (EU) 2024/886 (verification of payee)
import { EU_REG_260_2012_ART_5C } from './eu/reg-260-2012/art-5c.js';

import { OMBUDSFIN_PROCEDURE_ART_5 } from './be/ombudsfin/procedure-art-5.js';
export const ARTICLES = [
  // France — Code monétaire et financier: former card regime (2001-2009)
  L132_2,
  L132_3,
  L132_4,
  L132_5,
  L132_6,
  // France — Code monétaire et financier, L133-1 ff. (from 2009)
  L133_1,
  L133_1_1,
  L133_2,
  L133_4,
  L133_7,
  L133_15,
  L133_16,
  L133_17,
  L133_18,
  L133_19,
  L133_20,
  L133_21,
  L133_23,
  L133_24,
  L133_44,
  L133_45,
  // France — ACPR (soft law on complaint handling)
  ACPR_2024_R_02,
  // France — Code de la consommation (mediation)
  CCONSOM_L612_2,
  // Belgium — loi du 17 juillet 2002 (EFT instruments)
  BE_LOI_2002_ART_8,
  // Belgium — loi du 10 décembre 2009 relative aux services de paiement
  BE_LOI_2009_ART_31,
  BE_LOI_2009_ART_34,
  BE_LOI_2009_ART_35,
  BE_LOI_2009_ART_36,
  BE_LOI_2009_ART_37,
  // Belgium — CDE book VII as inserted by the loi du 19 avril 2014
  BE_CDE_2014_VII_30,
  BE_CDE_2014_VII_31,
  BE_CDE_2014_VII_33,
  BE_CDE_2014_VII_34,
  BE_CDE_2014_VII_35,
  BE_CDE_2014_VII_36,
  BE_CDE_2014_VII_54,
  BE_CDE_2014_VII_189,
  // Belgium — CDE book VII after the loi du 19 juillet 2018
  BE_CDE_2018_VII_32,
  BE_CDE_2018_VII_38,
  BE_CDE_2018_VII_43,
  BE_CDE_2018_VII_44,
  // Belgium — Ombudsfin's rules of procedure
  OMBUDSFIN_PROCEDURE_ART_5,
  // EU — Commission Recommendation 97/489/EC
  EU_REC_97_489_ART_5,
  EU_REC_97_489_ART_6,
  // EU — Directive 2007/64/EC (PSD1)
  EU_PSD1_ART_56,
  EU_PSD1_ART_57,
  EU_PSD1_ART_58,
  EU_PSD1_ART_59,
  EU_PSD1_ART_60,
  EU_PSD1_ART_61,
  // EU — Directive (EU) 2015/2366 (PSD2)
  EU_PSD2_ART_69,
  EU_PSD2_ART_70,
  EU_PSD2_ART_71,
  EU_PSD2_ART_72,
  EU_PSD2_ART_73,
  EU_PSD2_ART_74,
  EU_PSD2_ART_97,
  EU_PSD2_ART_88,
  EU_PSD2_ART_101,
  // EU — Regulation (EU) No 260/2012 as amended by Regulation (EU) 2024/886 (verification of payee)
  EU_REG_260_2012_ART_5C,
] as const satisfies readonly Article[];
