/**
 * JSON-LD serialisation that is safe inside `<script type="application/ld+json">`: `<`, `>`
 * and `&` are written as Unicode escapes, so no field value can close the element or open a
 * comment, whatever an article's headline contains. The JSON itself is unchanged.
 */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
