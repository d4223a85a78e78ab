/**
 * Words that end company names. LEGAL_FORMS are part of the name ("Chrysler LLC", "Eberhard Faber GmbH");
 * COMPANY_HEADS are the last word of many company names and of few person or place names ("Ford Motor
 * Company", "Singapore Airlines", "Deutsche Bank", "Tata Motors").
 */
export const LEGAL_FORMS = new Set(
  'inc inc. corp corp. corporation co. llc l.l.c. ltd ltd. limited plc ag sa s.a. nv n.v. gmbh lp llp'.split(
    ' ',
  ),
);
export const COMPANY_HEADS = new Set(
  [
    'company airlines airline airways motors motor bank bancorp group holdings industries technologies',
    'systems airways aerospace electronics pharmaceuticals entertainment communications networks',
    'telecom energy petroleum oil insurance securities investments partners capital enterprises',
    'aircraft services',
  ]
    .join(' ')
    .split(' '),
);
export const isCompanyWord = (word: string): boolean => {
  const w = word.toLowerCase();
  return LEGAL_FORMS.has(w) || COMPANY_HEADS.has(w);
};
