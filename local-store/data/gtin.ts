/** GS1 identifiers for the sample and generated catalogs: GTIN-13 and UPC-A with their check digits. */

/** The GS1 check digit of the digits before it: weights 3 and 1 alternate from the right. */
function checkDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return String((10 - (sum % 10)) % 10);
}

/** A GTIN-13 (EAN-13): a 12-digit company prefix and item reference, then the check digit. */
export function gtin13(prefix: string, item: number): string {
  const body = `${prefix}${String(item).padStart(12 - prefix.length, '0')}`;
  if (!/^\d{12}$/.test(body)) throw new RangeError(`GTIN-13 body ${body} is not 12 digits`);
  return body + checkDigit(body);
}

/** A UPC-A: an 11-digit number system, company prefix and item reference, then the check digit. */
export function upcA(prefix: string, item: number): string {
  const body = `${prefix}${String(item).padStart(11 - prefix.length, '0')}`;
  if (!/^\d{11}$/.test(body)) throw new RangeError(`UPC-A body ${body} is not 11 digits`);
  return body + checkDigit(body);
}
