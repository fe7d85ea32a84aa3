// Which two words the notes write side by side: a fixed-size Bloom filter of word pairs, so that even 10 MB of
// notes cost half a megabyte. A false «seen» only keeps two words of a question apart, as they were typed.

/** Bits in the filter: 2^22, 512 KB. */
const BITS = 1 << 22;
const MASK = BITS - 1;

/** 32-bit FNV-1a of `a`, a space and `b`. */
function hash(a: string, b: string): number {
  let h = 2166136261;
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a.charCodeAt(i), 16777619);
  h = Math.imul(h ^ 32, 16777619);
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The filter's two bits for a hash: its low bits, and the low bits of it scrambled (Fibonacci hashing). */
const firstBit = (h: number) => h & MASK;
const secondBit = (h: number) => (Math.imul(h, 0x9e3779b1) >>> 10) & MASK;

/** The ordered pairs of adjacent words seen, probably. */
export class WordPairs {
  private readonly bits = new Uint32Array(BITS / 32);

  add(first: string, second: string): void {
    const h = hash(first, second);
    this.set(firstBit(h));
    this.set(secondBit(h));
  }

  /** Whether `first` then `second` was added (or, rarely, looks so). */
  has(first: string, second: string): boolean {
    const h = hash(first, second);
    return this.isSet(firstBit(h)) && this.isSet(secondBit(h));
  }

  private set(bit: number): void {
    this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  private isSet(bit: number): boolean {
    return ((this.bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}
