/**
 * Masks secrets in anything the harness writes (trajectories, agent logs): every value it was handed as
 * a key, plus anything shaped like a provider or GitHub token even if nobody told us about it.
 */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /\bsk-[A-Za-z0-9_-]{6,}/g, // OpenAI / Anthropic (sk-ant-...) / OpenRouter (sk-or-...)
  /\bgh[pousr]_[A-Za-z0-9]{20,}/g, // GitHub tokens (GITHUB_TOKEN is ghs_...)
  /\bgithub_pat_[A-Za-z0-9_]{20,}/g,
  /\bAIza[0-9A-Za-z_-]{30,}/g // Google API keys
];

export const MASK = '***';

/** Values shorter than this are not masked literally (they would mask ordinary words). */
const MIN_SECRET_LENGTH = 6;

export type Masker = (text: string) => string;

/** A masker for `secrets` (values, e.g. Object.values(keys)) and the token shapes above. */
export function createMasker(secrets: Iterable<string>): Masker {
  const literal = [...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH))]
    // Longest first, so a secret containing another is masked whole; JSON-escaped forms too, since
    // masking runs on serialized lines.
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), ...encodedForms(s)])
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const s of literal) out = out.split(s).join(MASK);
    for (const re of TOKEN_PATTERNS) out = out.replace(re, MASK);
    return out;
  };
}

/**
 * The hex and base64 forms of a secret (`echo $KEY | base64` is the first thing an agent that wants a key
 * out would try). Base64 depends on where the secret starts in the encoded stream, so each of the three
 * alignments is masked, cut to the characters the secret alone determines; base64url too.
 */
function encodedForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms = [bytes.toString('hex'), bytes.toString('hex').toUpperCase()];
  for (let k = 0; k < 3; k++) {
    const n = k + bytes.length;
    const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
    const core = b64.slice(Math.ceil((k * 8) / 6), Math.floor((n * 8) / 6));
    if (core.length >= 8) forms.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}
