// Every rule of gross negligence: those France and Belgium share, then Belgium's own (src/law/grossNegligence).
import { BE_RULES } from './be.js';
import { SHARED_RULES } from './both.js';
import type { GnRule } from './types.js';

export const GN_RULES: readonly GnRule[] = [...SHARED_RULES, ...BE_RULES];
