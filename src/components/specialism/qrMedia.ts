/** Where a specialism page shows its QR code: a screen wider than a phone (SpecialismActions' CSS hides
 * it at 40rem and below), or paper. SpecialismActions loads the code there, and SpecialismView brings
 * the actions to life there as the page starts. */
export const QR_MEDIA = 'print, (min-width: 40.0625rem)'
