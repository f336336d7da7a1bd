// Rupiah are stored as whole rupiah: sen are not used in practice, so IDR has no minor digits here.
const MINOR_DIGITS: Record<string, number> = { IDR: 0 };

/** Formats an amount in the currency's minor unit for people to read ("Rp 150.000"). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const digits = MINOR_DIGITS[currency] ?? 2;
  return new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-ID', {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}
